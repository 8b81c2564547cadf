// Writes the site's nginx configuration for a server (docs/production.md), from deploy/nginx/:
//   npm run nginx:config -- --site-url https://example.kz --workers "3001 3002" \
//     [--tls-cert /etc/letsencrypt/live/example.kz/fullchain.pem --tls-key …/privkey.pem] \
//     --out /etc/nginx/sites-available/qyzylorda.conf
// Written with --out (without it, to standard output): a shell redirect would also take in npm's own
// banner unless npm is run with -s.
import { writeFileSync } from 'node:fs';
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
    out: { type: 'string' },
  },
});

const siteUrl = values['site-url'];
if (!siteUrl) {
  console.error('--site-url is the public address, e.g. https://example.kz');
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
});
if (values.out) writeFileSync(values.out, config);
else process.stdout.write(config);
