// Writes the site's nginx configuration for a server (docs/production.md), from deploy/nginx/:
//   npm run nginx:config -- --site-url https://example.kz --workers "3001 3002" \
//     [--tls-cert /etc/letsencrypt/live/example.kz/fullchain.pem --tls-key …/privkey.pem] \
//     [--real-ip-from "173.245.48.0/20 …"] [--editor-host editor.example.kz] \
//     --out /etc/nginx/sites-available/qyzylorda.conf
// Written with --out (without it, to standard output): a shell redirect would also take in npm's own
// banner unless npm is run with -s.
import { writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { brotliInstalled, siteConfig } from '@/lib/deploy/nginx-config';

const { values } = parseArgs({
  options: {
    'site-url': { type: 'string' },
    workers: { type: 'string', default: '3001 3002' },
    listen: { type: 'string', default: '80' },
    root: { type: 'string', default: '/srv/qyzylorda' },
    cache: { type: 'string', default: '/var/cache/nginx/qyzylorda' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
    // The CDN's or balancer's addresses (CIDR), when one is in front: its X-Forwarded-For is believed.
    'real-ip-from': { type: 'string' },
    // The web editor's own host (docs/web-editor.md): /admin there alone, away from the inbox's cookie.
    'editor-host': { type: 'string' },
    out: { type: 'string' },
  },
});

const siteUrl = values['site-url'];
if (!siteUrl) {
  console.error('--site-url is the public address, e.g. https://example.kz');
  process.exit(1);
}
const realIpFrom = values['real-ip-from']?.split(/[\s,]+/).filter(Boolean);
const notRange = realIpFrom?.find((range) => {
  const [address = '', bits, ...rest] = range.split('/');
  const version = isIP(address);
  const max = version === 4 ? 32 : 128;
  return !version || rest.length > 0 || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= max));
});
if (notRange) {
  console.error(`--real-ip-from: "${notRange}" is not an address or a range (e.g. 173.245.48.0/20, 2400:cb00::/32)`);
  process.exit(1);
}
const editorHost = values['editor-host'];
if (editorHost !== undefined && !/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(editorHost)) {
  console.error(`--editor-host: "${editorHost}" is not a host name (e.g. editor.example.kz)`);
  process.exit(1);
}
const cert = values['tls-cert'];
const key = values['tls-key'];
const config = siteConfig({
  siteUrl,
  listen: values.listen,
  workerPorts: values.workers
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number),
  projectDir: `${values.root}/current`,
  sharedDir: `${values.root}/shared`,
  cacheDir: values.cache,
  tls: cert && key ? { certificate: cert, key } : undefined,
  brotli: brotliInstalled(),
  realIpFrom,
  editorHost,
});
if (values.out) writeFileSync(values.out, config);
else process.stdout.write(config);
