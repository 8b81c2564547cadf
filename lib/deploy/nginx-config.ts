import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backendOrigins } from '@/lib/cms/backend';
import { adminContentSecurityPolicy, securityHeaders } from '@/lib/http/security-headers';

/*
 * The nginx configuration of the production stack, filled in from the templates in deploy/nginx/: one
 * place for each setting, and the security headers from the same list as next.config.ts.
 */

export type NginxOptions = {
  /** The site's public address (SITE_URL): its host is the one nginx answers for. */
  siteUrl: string;
  /** What nginx listens on: a port, or address:port. */
  listen: string;
  /** Loopback ports of the `next start` workers. */
  workerPorts: number[];
  /** The folder the site was built in (its .next and public). */
  projectDir: string;
  /** Next's build folder, below projectDir unless absolute. */
  distDir?: string;
  cacheDir: string;
  /**
   * Where nginx finds the files named by their bytes (_next/static, fonts, photos) of this release and
   * the ones before it, so that pages cached from a previous release keep their styles (deploy.sh).
   * Without it, this build's own.
   */
  sharedDir?: string;
  /** How long a page stays fresh in nginx's cache before it is fetched again. */
  pageCacheSeconds?: number;
  /** Certificate and key: a TLS server with HTTP/2 on 443, and port 80 redirecting to it. */
  tls?: { certificate: string; key: string };
  /** The brotli modules of Debian's libnginx-mod-http-brotli-* packages, if installed. */
  brotli?: boolean;
};

export const PAGE_CACHE_CONTROL =
  'public, max-age=60, s-maxage=300, stale-while-revalidate=86400, stale-if-error=604800';
const MODULES = '/usr/lib/nginx/modules';
const brotliModules = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so'];
export const brotliInstalled = () => brotliModules.every((m) => existsSync(join(MODULES, m)));

const compressTypes = [
  'text/plain',
  'text/css',
  'text/xml',
  'text/calendar',
  'text/csv',
  'application/javascript',
  'application/json',
  'application/xml',
  'application/rss+xml',
  'application/manifest+json',
  'application/opensearchdescription+xml',
  'image/svg+xml',
].join(' ');

const template = (name: string) => readFileSync(join(process.cwd(), 'deploy', 'nginx', name), 'utf8');

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`deploy/nginx: no value for {{${key}}}`);
    return values[key]!;
  });
}

const indent = (text: string, spaces: number) =>
  text
    .split('\n')
    .map((line) => (line ? `${' '.repeat(spaces)}${line}` : line))
    .join('\n');

/** nginx's quoting of a header value. */
const quoted = (value: string) => `"${value.replace(/(["\\$])/g, '\\$1')}"`;

/** The `server` block of the site (and its upstream, cache and maps), for nginx's http block. */
export function siteConfig(options: NginxOptions): string {
  const url = new URL(options.siteUrl);
  const host = url.hostname;
  const distDir = options.distDir?.startsWith('/')
    ? options.distDir
    : join(options.projectDir, options.distDir ?? '.next');
  const headerLines = [
    ...securityHeaders.map(({ key, value }) => `add_header ${key} ${quoted(value)} always;`),
    'add_header Allow "GET, HEAD" always;',
  ].join('\n');
  const hideHeaders = securityHeaders.map(({ key }) => `proxy_hide_header ${key};`).join('\n');
  const proxy = fill(template('proxy.conf'), {
    upstreamHost: host,
    hideHeaders,
    headers: headerLines,
  })
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
  const tls = options.tls;
  const listen = tls ? '443 ssl http2' : options.listen;
  const names = [...new Set([host, ...(tls ? [] : ['localhost', '127.0.0.1'])])].join(' ');
  return fill(template('site.conf'), {
    upstreams: options.workerPorts.map((port) => `  server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join('\n'),
    cacheDir: options.cacheDir,
    pageCacheControl: PAGE_CACHE_CONTROL,
    listen,
    defaultServerTls: tls ? '  ssl_reject_handshake on;' : '',
    httpsRedirect: tls
      ? `\n# Plain HTTP: certificate renewal, and everything else to HTTPS.\nserver {\n  listen 80;\n  server_name ${names};\n  server_tokens off;\n  location /.well-known/acme-challenge/ {\n    root /var/www/letsencrypt;\n  }\n  location / {\n    return 301 https://${host}$request_uri;\n  }\n}\n`
      : '',
    tls: tls
      ? indent(
          [
            `ssl_certificate ${tls.certificate};`,
            `ssl_certificate_key ${tls.key};`,
            'ssl_protocols TLSv1.2 TLSv1.3;',
            'ssl_prefer_server_ciphers off;',
            'ssl_session_cache shared:qyzylorda_tls:10m;',
            'ssl_session_timeout 1d;',
            'ssl_session_tickets off;',
          ].join('\n'),
          2,
        )
      : '',
    serverNames: names,
    compressTypes,
    brotli: options.brotli
      ? indent(
          [
            'brotli on;',
            'brotli_comp_level 5;',
            'brotli_min_length 256;',
            `brotli_types ${compressTypes};`,
            'brotli_static on;',
          ].join('\n'),
          2,
        )
      : '',
    headers: indent(headerLines, 2),
    distDir,
    staticDir: options.sharedDir ? join(options.sharedDir, '_next', 'static') : join(distDir, 'static'),
    hashedRoot: options.sharedDir ?? join(options.projectDir, 'public'),
    publicDir: join(options.projectDir, 'public'),
    proxy: indent(proxy, 4),
    pageCacheSeconds: String(options.pageCacheSeconds ?? 300),
    locationHeaders: indent(headerLines, 4),
    adminHeaders: indent(
      [
        ...securityHeaders.map(({ key, value }) =>
          key === 'Content-Security-Policy'
            ? `add_header ${key} ${quoted(adminContentSecurityPolicy({ connect: backendOrigins(), localBackend: false }))} always;`
            : `add_header ${key} ${quoted(value)} always;`,
        ),
        'add_header X-Robots-Tag "noindex, nofollow" always;',
        'add_header Cache-Control "no-cache" always;',
      ].join('\n'),
      4,
    ),
    errorsLocation: indent(
      [
        'location ^~ /_errors/ {',
        '  internal;',
        `  root ${distDir};`,
        '  rewrite ^/_errors/(?<page>[a-z-]+)$ /errors/$page.$qyzylorda_lang.html break;',
        indent(headerLines, 2),
        '  add_header Cache-Control "no-store" always;',
        '}',
      ].join('\n'),
      2,
    ),
  });
}

/** A whole nginx.conf for running the stack on this machine (npm run start:nginx). */
export function standaloneConfig(options: NginxOptions & { runDir: string; user?: string }): {
  nginx: string;
  site: string;
} {
  return {
    nginx: fill(template('nginx.conf'), {
      runDir: options.runDir,
      loadModules: options.brotli ? brotliModules.map((m) => `load_module ${join(MODULES, m)};`).join('\n') : '',
      user: options.user ? `user ${options.user};` : '',
    }),
    site: siteConfig(options),
  };
}
