import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Mustache from 'mustache';
import { backendOrigins } from '@/lib/cms/backend';
import { routing } from '@/i18n/routing';
import {
  LOOKUP_BODY_BYTES,
  LOOKUP_BURST,
  LOOKUPS_PER_MINUTE,
  POST_BURST,
  POSTS_PER_MINUTE,
} from '@/lib/feedback/limit';
import { MAX_BODY_BYTES } from '@/lib/feedback/form';
import { INBOX_BODY_BYTES } from '@/lib/inbox/body-limit';
import { SIGN_IN_BURST, SIGN_INS_PER_MINUTE } from '@/lib/inbox/sign-in-limit';
import { adminHeaders, cacheControl, ownContentSecurityPolicy, pageHeaders } from '@/lib/http/headers';
import { formRoutes } from '@/lib/site/routes';

/*
 * The nginx configuration of the production stack: the templates of deploy/nginx/ (mustache, with the
 * repeated parts in partials/), filled in here with values only. The headers and cache lifetimes are
 * lib/http/headers.ts's, the same next.config.ts sends.
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
  /**
   * The addresses of a CDN or load balancer in front (CIDR ranges): from them, the client's address is
   * read from X-Forwarded-For (nginx's realip module); from anyone else the header counts for nothing.
   */
  realIpFrom?: string[];
  /** Also answer for localhost and 127.0.0.1 (npm start on this machine); production answers only for its host. */
  local?: boolean;
  /**
   * The web editor's own host (e.g. editor.example.kz): /admin is served there alone, so that the
   * inbox's cookie never reaches a page that allows the editor's scripts. Without it, /admin on the site.
   */
  editorHost?: string;
};

/** Where certbot's --webroot puts its challenges (docs/production.md). */
export const ACME_ROOT = '/var/www/letsencrypt';

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

const templates = join(process.cwd(), 'deploy', 'nginx');
const read = (file: string) => readFileSync(join(templates, file), 'utf8');
const partials = () =>
  Object.fromEntries(
    readdirSync(join(templates, 'partials')).map((f) => [f.replace(/\.conf$/, ''), read(`partials/${f}`)]),
  );

/** nginx's quoting of a header value inside "…". */
const quoted = (value: string) => value.replace(/(["\\$])/g, '\\$1');
const headerList = (headers: { key: string; value: string }[]) =>
  headers.map(({ key, value }) => ({ name: key, value: quoted(value) }));

type Token = [string, string, number, number, Token[]?];

/** Every name a template asks for is in the view (or the section's item): nothing is left empty by mistake. */
function checkNames(tokens: Token[], contexts: unknown[], all: Record<string, string>, where: string) {
  const has = (name: string) =>
    name === '.' || contexts.some((c) => c !== null && typeof c === 'object' && name.split('.')[0]! in c);
  for (const [type, name, , , children] of tokens) {
    if (type === '>') checkNames(Mustache.parse(all[name] ?? '') as Token[], contexts, all, `partials/${name}.conf`);
    if (!['name', '&', '#', '^'].includes(type)) continue;
    if (!has(name)) throw new Error(`deploy/nginx/${where}: no value for {{${name}}}`);
    if (type === '#' && children) {
      const value = contexts.map((c) => (c as Record<string, unknown>)?.[name]).find((v) => v !== undefined);
      // A section left out (false, empty) asks for nothing.
      const items = Array.isArray(value) ? value : value ? [value] : [];
      for (const item of items) checkNames(children, [item, ...contexts], all, where);
    }
  }
}

/** Fills a template; a name it leaves unfilled is an error, not an empty directive. */
function fill(file: string, view: Record<string, unknown>): string {
  const template = read(file);
  const all = partials();
  checkNames(Mustache.parse(template) as Token[], [view], all, file);
  const text = Mustache.render(template, view, all, { escape: (v: string) => String(v) });
  return text.replace(/\n{3,}/g, '\n\n');
}

/** The site's `server` blocks (and their upstream, cache and maps), for nginx's http block. */
export function siteConfig(options: NginxOptions): string {
  const host = new URL(options.siteUrl).hostname;
  const distDir = options.distDir?.startsWith('/')
    ? options.distDir
    : join(options.projectDir, options.distDir ?? '.next');
  const tls = options.tls;
  // An origin nginx redirects to: the default port of its scheme, or the one it listens on.
  const port = tls ? '' : /(\d+)$/.exec(options.listen)?.[1];
  const origin = (name: string) => `${tls ? 'https' : 'http'}://${name}${port && port !== '80' ? `:${port}` : ''}`;
  return fill('site.conf', {
    workers: options.workerPorts.map((port) => ({ port })),
    cacheDir: options.cacheDir,
    cache: cacheControl,
    listen: tls ? '443 ssl http2' : options.listen,
    tls: tls ?? false,
    host,
    editor: options.editorHost
      ? { editorHost: options.editorHost, editorOrigin: origin(options.editorHost), siteOrigin: origin(host) }
      : false,
    serverNames: [...new Set([host, ...(options.local ? ['localhost', '127.0.0.1'] : [])])].join(' '),
    acmeRoot: ACME_ROOT,
    realIp: options.realIpFrom?.length ? { from: options.realIpFrom } : false,
    compressTypes,
    brotli: options.brotli ?? false,
    // nginx's own answers carry the whole policy (without page styles: they have none); proxied
    // pages bring theirs, so inside {{#pages}} the list lacks it.
    securityHeaders: headerList([{ key: 'Content-Security-Policy', value: ownContentSecurityPolicy }, ...pageHeaders]),
    pages: { securityHeaders: headerList(pageHeaders) },
    ownPolicy: ownContentSecurityPolicy,
    adminHeaders: headerList(adminHeaders({ connect: backendOrigins(), localBackend: false })),
    distDir,
    staticDir: options.sharedDir ? join(options.sharedDir, '_next', 'static') : join(distDir, 'static'),
    hashedRoot: options.sharedDir ?? join(options.projectDir, 'public'),
    publicDir: join(options.projectDir, 'public'),
    pageCacheSeconds: options.pageCacheSeconds ?? 300,
    // Where a POST is taken: residents' messages, and the inbox's forms, posted to the page they are on
    // (server actions); as many as next start alone takes.
    formPaths: `/(${routing.locales.join('|')})(${[...formRoutes, '/inbox(/[^/]+)*'].join('|')})$`,
    postsPerMinute: POSTS_PER_MINUTE,
    postBurst: POST_BURST,
    signInsPerMinute: SIGN_INS_PER_MINUTE,
    signInBurst: SIGN_IN_BURST,
    lookupsPerMinute: LOOKUPS_PER_MINUTE,
    lookupBurst: LOOKUP_BURST,
    lookupBodyBytes: LOOKUP_BODY_BYTES,
    postBodyBytes: MAX_BODY_BYTES,
    inboxBodyBytes: INBOX_BODY_BYTES,
    // The public pages ship without the client runtime; the inbox's location runs it (partials/upstream.conf).
    clientRuntime: false,
    inbox: { clientRuntime: true },
  });
}

/** A whole nginx.conf for running the stack on this machine (npm start). */
export function standaloneConfig(options: NginxOptions & { runDir: string; user?: string }): {
  nginx: string;
  site: string;
} {
  return {
    nginx: fill('nginx.conf', {
      runDir: options.runDir,
      modules: options.brotli ? brotliModules.map((m) => join(MODULES, m)) : [],
      user: options.user ?? false,
    }),
    site: siteConfig({ local: true, ...options }),
  };
}
