import { type ChildProcess, execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACME_ROOT, brotliInstalled, siteConfig, standaloneConfig } from '@/lib/deploy/nginx-config';
import { stopGroup } from '@/lib/deploy/processes';
import { startNginx } from '@/lib/deploy/stack';
import { ownContentSecurityPolicy, PAGE_STYLES, pageHeaders } from '@/lib/http/headers';
import { freePorts } from '../ports';

const dir = mkdtempSync(join(tmpdir(), 'nginx-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = {
  siteUrl: 'https://koalitsiya.example.kz/',
  listen: '8080',
  workerPorts: [8081, 8082],
  projectDir: '/srv/qyzylorda/current',
  cacheDir: join(dir, 'cache'),
  brotli: brotliInstalled(),
};

/** `nginx -t` on a whole configuration: the syntax, the modules, the certificate files. */
function nginxTest(site: string): string {
  const runDir = mkdtempSync(join(dir, 'run-'));
  const { nginx } = standaloneConfig({ ...options, runDir });
  writeFileSync(join(runDir, 'nginx.conf'), nginx);
  writeFileSync(join(runDir, 'site.conf'), site);
  return execFileSync('/usr/sbin/nginx', ['-t', '-c', join(runDir, 'nginx.conf'), '-p', runDir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('the nginx configuration (deploy/nginx)', () => {
  it('limits the sign-in starts of one address, each of which writes a row', () => {
    const site = siteConfig(options);
    expect(site).toMatch(/limit_req_zone \$binary_remote_addr zone=qyzylorda_sign_ins:10m rate=20r\/m;/);
    const block = [...site.matchAll(/location ~ (\S+) \{([\s\S]*?)\n  \}/g)].find(([, pattern]) =>
      new RegExp(pattern!).test('/ru/inbox/auth'),
    );
    expect(block![2]).toContain('limit_req zone=qyzylorda_sign_ins burst=10 nodelay;');
    // The first location that matches is the sign-in start's, not the inbox's.
    expect(new RegExp(block![1]!).test('/ru/inbox')).toBe(false);
  });

  it('writes no access log line for residents’ messages, their lookups or the inbox and its sign-in', () => {
    const site = siteConfig(options);
    for (const path of ['/kk/feedback/send', '/ru/feedback/look', '/kk/inbox', '/kk/inbox/auth/callback']) {
      const block = [...site.matchAll(/location ~ (\S+) \{([\s\S]*?)\n  \}/g)].find(([, pattern]) =>
        new RegExp(pattern!).test(path),
      );
      expect(block, path).toBeDefined();
      expect(block![2], path).toMatch(/^\s*access_log off;/m);
    }
  });

  it('passes nginx -t, served on a port as on this machine', () => {
    expect(() => nginxTest(siteConfig(options))).not.toThrow();
  });

  it('passes nginx -t with TLS and HTTP/2, certificates where the README says', () => {
    const certificate = join(dir, 'fullchain.pem');
    const key = join(dir, 'privkey.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=koalitsiya.example.kz',
        '-keyout',
        key,
        '-out',
        certificate,
      ],
      { stdio: 'ignore' },
    );
    const site = siteConfig({ ...options, tls: { certificate, key } });
    expect(site).toContain('listen 443 ssl http2;');
    // To HTTPS on the host asked for, one of server_name's (any other reached the default server).
    expect(site).toContain('return 301 https://$host$request_uri;');
    expect(() => nginxTest(site)).not.toThrow();
  });

  it('sends the same security headers as next.config.ts, from the same list, and lets each page’s policy through', () => {
    const site = siteConfig(options);
    for (const { key, value } of pageHeaders) expect(site).toContain(`add_header ${key} "${value}" always;`);
    // Its own answers: the site's policy without the pages' styles, which only a page names.
    expect(site).toContain(`add_header Content-Security-Policy "${ownContentSecurityPolicy}" always;`);
    expect(ownContentSecurityPolicy).not.toContain(PAGE_STYLES);
    // A proxied page keeps the policy it came with (the hashes of the stylesheet inside it), or gets
    // the site's when it brings none.
    const proxied = site.slice(site.lastIndexOf('location / {'));
    expect(proxied).toContain('add_header Content-Security-Policy $qyzylorda_csp always;');
    expect(site).toContain(`"" "${ownContentSecurityPolicy}";`);
  });

  it('answers only for the site’s host, and proxies with that host', () => {
    const site = siteConfig(options);
    expect([...site.matchAll(/server_name ([^;]+);/g)].map(([, names]) => names)).toEqual([
      '_',
      'koalitsiya.example.kz',
    ]);
    expect(site).toContain('proxy_set_header Host koalitsiya.example.kz;');
    expect(site).toMatch(/listen 8080 default_server;[\s\S]*?return 421;/);
    // npm start on this machine also answers for localhost.
    expect(standaloneConfig({ ...options, runDir: dir }).site).toContain(
      'server_name koalitsiya.example.kz localhost 127.0.0.1;',
    );
  });

  it('lets certbot prove the host over plain HTTP before there is a certificate, and after', () => {
    const acme = new RegExp(`location \\^~ /\\.well-known/acme-challenge/ \\{\\s+root ${ACME_ROOT};`);
    expect(siteConfig(options)).toMatch(acme);
    const tls = siteConfig({ ...options, tls: { certificate: '/c.pem', key: '/k.pem' } });
    const plain = tls.split(/^server \{$/m).find((server) => server.includes('listen 80;'));
    expect(plain).toMatch(acme);
  });

  it('tells whether a page came from its cache to this machine only', () => {
    const site = siteConfig(options);
    expect(site).not.toContain('X-Cache-Status $upstream_cache_status');
    const map = site.slice(site.indexOf('map $remote_addr $qyzylorda_cache_status'));
    expect(map.slice(0, map.indexOf('}'))).toMatch(/127\.0\.0\.1 \$upstream_cache_status;[\s\S]*default "";/);
  });

  it('reads the client’s address from X-Forwarded-For only when a CDN’s addresses are given, and only from them', () => {
    expect(siteConfig(options)).not.toMatch(/set_real_ip_from|real_ip_header/);
    const site = siteConfig({ ...options, realIpFrom: ['173.245.48.0/20', '2400:cb00::/32'] });
    expect(site).toContain('set_real_ip_from 173.245.48.0/20;\nset_real_ip_from 2400:cb00::/32;');
    expect(site).toContain('real_ip_header X-Forwarded-For;');
    expect(() => nginxTest(site)).not.toThrow();
  });

  it('passes a worker’s own 503 on as it is, and does not take the worker for a failed one', async () => {
    // Two stand-in workers: the inbox answers 503 (sign-in not set up), pages 200.
    const base = await freePorts(3);
    const workers = [base + 1, base + 2].map((port) =>
      createServer((request, response) => {
        const inbox = request.url?.includes('/inbox');
        response.writeHead(inbox ? 503 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(inbox ? 'inbox: sign-in is not set up' : 'a page');
      }).listen(port, '127.0.0.1'),
    );
    const runDir = mkdtempSync(join(dir, 'served-'));
    const asRoot = process.getuid?.() === 0;
    const config = standaloneConfig({
      ...options,
      siteUrl: `http://localhost:${base}/`,
      listen: String(base),
      workerPorts: [base + 1, base + 2],
      cacheDir: join(runDir, 'cache'),
      runDir,
      user: asRoot ? 'nobody nogroup' : undefined,
    });
    mkdirSync(join(runDir, 'cache'));
    // As root, nginx's workers run as nobody: they must reach runDir's parent.
    chmodSync(dir, 0o755);
    let nginx: ChildProcess | undefined;
    try {
      nginx = await startNginx(runDir, config, base);
      for (let i = 0; i < 4; i++) {
        const inbox = await fetch(`http://127.0.0.1:${base}/kk/inbox`, { headers: { Host: `localhost:${base}` } });
        expect(inbox.status, `request ${i}`).toBe(503);
        expect(await inbox.text(), `request ${i}`).toBe('inbox: sign-in is not set up');
      }
      const page = await fetch(`http://127.0.0.1:${base}/kk/news`);
      expect(page.status).toBe(200);
    } finally {
      if (nginx) stopGroup(nginx);
      for (const worker of workers) worker.close();
    }
  });

  it('serves the web editor on its own host when given one, never beside the inbox’s cookie', async () => {
    const base = await freePorts(2);
    const runDir = mkdtempSync(join(dir, 'editor-'));
    const projectDir = join(runDir, 'project');
    mkdirSync(join(projectDir, 'public', 'admin'), { recursive: true });
    writeFileSync(join(projectDir, 'public', 'admin', 'index.html'), '<!doctype html><title>editor</title>');
    // nginx's own refusal pages, as a build writes them.
    mkdirSync(join(projectDir, '.next', 'errors'), { recursive: true });
    writeFileSync(join(projectDir, '.next', 'errors', 'method.kk.html'), '<!doctype html><title>405</title>');
    const asRoot = process.getuid?.() === 0;
    const editor = { siteUrl: `http://localhost:${base}/`, editorHost: 'editor.localhost', listen: String(base) };
    const site = siteConfig({ ...options, ...editor, projectDir, workerPorts: [base + 1] });
    expect(() => nginxTest(site)).not.toThrow();
    const config = standaloneConfig({
      ...options,
      ...editor,
      projectDir,
      workerPorts: [base + 1],
      cacheDir: join(runDir, 'cache'),
      runDir,
      user: asRoot ? 'nobody nogroup' : undefined,
    });
    mkdirSync(join(runDir, 'cache'));
    chmodSync(dir, 0o755);
    execFileSync('chmod', ['-R', 'a+rX', runDir]);
    let nginx: ChildProcess | undefined;
    try {
      nginx = await startNginx(runDir, config, base);
      // As an operator tries it (fetch sends the Host of its address, whatever it is given).
      const get = (host: string, path: string, method = 'GET') => {
        const [status, location, policy] = execFileSync(
          'curl',
          [
            '-s',
            '-o',
            '/dev/null',
            '-w',
            '%{http_code}\t%header{location}\t%header{content-security-policy}',
            '-X',
            method,
            '-H',
            `Host: ${host}`,
            `http://127.0.0.1:${base}${path}`,
          ],
          { encoding: 'utf8' },
        ).split('\t');
        return { status: Number(status), location: location || null, policy };
      };
      // On the site: only the way there.
      const there = get(`localhost:${base}`, '/admin/');
      expect(there.status).toBe(301);
      expect(there.location).toBe(`http://editor.localhost:${base}/admin/`);
      // On its own host: the editor with its policy.
      const page = get(`editor.localhost:${base}`, '/admin/index.html');
      expect(page.status).toBe(200);
      expect(page.policy).toContain("'unsafe-eval'");
      // Nothing else of the site there: the inbox, its sign-in and pages go back to the site.
      for (const path of ['/kk/inbox', '/kk/inbox/auth', '/kk']) {
        const away = get(`editor.localhost:${base}`, path);
        expect(away.status, path).toBe(301);
        expect(away.location, path).toBe(`http://localhost:${base}${path}`);
      }
      // And none of the inbox's forms.
      expect(get(`editor.localhost:${base}`, '/kk/inbox', 'POST').status).toBe(405);
    } finally {
      if (nginx) stopGroup(nginx);
    }
  });

  it('leaves no placeholder unfilled', () => {
    mkdirSync(join(dir, 'cache'), { recursive: true });
    expect(siteConfig(options)).not.toMatch(/\{\{/);
  });

  it('gives the same limits and timeouts to every server block, the default one included', () => {
    const site = siteConfig(options);
    const servers = site.split(/^server \{$/m).slice(1);
    expect(servers.length).toBeGreaterThanOrEqual(2);
    for (const server of servers) {
      for (const line of [
        'client_header_timeout 10s;',
        'large_client_header_buffers 4 16k;',
        'max_ranges 1;',
        'server_tokens off;',
      ])
        expect(server).toContain(line);
      expect(server).toContain('error_page 494 =400 /_errors/request;');
    }
  });
});
