import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * deploy/deploy.sh as a server runs it (issue 32, item 1), in a folder of its own: root starts it, but
 * the fetch, the install and the build run as the site's user (here `nobody`) and see none of the
 * inbox's secrets; root only switches the release and restarts the workers. npm, systemctl and curl
 * are stand-ins that write down how they were called.
 */

const root = mkdtempSync(join(tmpdir(), 'deploy-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const asRoot = process.getuid?.() === 0;

const script = (file: string, text: string) => {
  writeFileSync(file, `#!/bin/sh\n${text}\n`);
  chmodSync(file, 0o755);
};

describe.skipIf(!asRoot)('deploy/deploy.sh', () => {
  it('installs and builds as the site’s user without the inbox’s secrets, then switches and restarts as root', () => {
    chmodSync(root, 0o755);
    const bin = join(root, 'bin');
    const record = join(root, 'record');
    mkdirSync(bin);
    mkdirSync(record, { mode: 0o777 });
    chmodSync(record, 0o777);
    // npm: who ran it and with what; the build leaves the files deploy.sh shares between releases.
    script(
      join(bin, 'npm'),
      `id -un > "${record}/npm-$1.user"; env > "${record}/npm-$1.env"
if [ "$1" = run ]; then mkdir -p .next/static/chunks public/fonts && echo x > .next/static/chunks/a.js && echo f > public/fonts/f.woff2 && git rev-parse HEAD > .next/BUILD_ID; fi`,
    );
    script(join(bin, 'systemctl'), `echo "$@" >> "${record}/systemctl"`);
    script(join(bin, 'curl'), 'exit 0');
    // The repository: a clone of an origin, owned by the site's user, as docs/production.md sets it up.
    const origin = join(root, 'origin');
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' });
    mkdirSync(origin);
    git(origin, 'init', '-q', '-b', 'main');
    writeFileSync(join(origin, 'package.json'), '{}\n');
    git(origin, '-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '.');
    git(origin, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'site');
    git(root, 'clone', '-q', origin, 'repo');
    execFileSync('chown', ['-R', 'nobody', join(root, 'repo'), origin]);

    const deploy = (more: Record<string, string> = {}) =>
      execFileSync('sh', ['deploy/deploy.sh'], {
        stdio: 'pipe',
        // Only what a server's environment file holds (and the stand-ins first on the PATH).
        env: {
          NODE_ENV: 'production',
          PATH: `${bin}:${process.env.PATH}`,
          ROOT: root,
          SITE_USER: 'nobody',
          SITE_URL: 'https://koalitsiya.example.kz',
          WORKERS: '3001 3002',
          CACHE: join(root, 'cache'),
          CMS_REPO: 'press-office/site',
          INBOX_OIDC_CLIENT_SECRET: 'the-sign-in-secret',
          INBOX_PUBLISH_TOKEN: 'the-publishing-token',
          ...more,
        },
      });
    deploy();

    for (const step of ['ci', 'run']) {
      expect(readFileSync(join(record, `npm-${step}.user`), 'utf8').trim(), step).toBe('nobody');
      const env = readFileSync(join(record, `npm-${step}.env`), 'utf8');
      expect(env, step).toContain('SITE_URL=https://koalitsiya.example.kz');
      expect(env, step).toContain('CMS_REPO=press-office/site');
      expect(env, step).not.toContain('the-sign-in-secret');
      expect(env, step).not.toContain('the-publishing-token');
    }
    const current = readlinkSync(join(root, 'current'));
    expect(current).toMatch(new RegExp(`^${root}/releases/\\d{8}T\\d{6}Z$`));
    expect(readFileSync(join(root, 'shared/_next/static/chunks/a.js'), 'utf8')).toBe('x\n');
    expect(readFileSync(join(record, 'systemctl'), 'utf8')).toBe(
      'restart qyzylorda-site@3001\nrestart qyzylorda-site@3002\n',
    );

    // The next release names the inbox's forms as this one did: an open page still sends.
    const actionsKey = () =>
      /^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=(.{44})$/m.exec(readFileSync(join(record, 'npm-run.env'), 'utf8'))?.[1];
    const first = actionsKey();
    expect(first).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    execFileSync('sleep', ['1.1']);
    deploy();
    expect(actionsKey()).toBe(first);

    // A second node is given that release as it was built (copied), and serves it without building.
    const built = readlinkSync(join(root, 'current'));
    const nodeB = join(root, 'node-b');
    const copy = join(nodeB, 'releases', built.split('/').pop()!);
    mkdirSync(join(nodeB, 'releases'), { recursive: true });
    execFileSync('cp', ['-a', built, copy]);
    rmSync(record, { recursive: true });
    mkdirSync(record, { mode: 0o777 });
    chmodSync(record, 0o777);
    deploy({ ROOT: nodeB, RELEASE: copy, CACHE: join(nodeB, 'cache') });
    expect(readlinkSync(join(nodeB, 'current'))).toBe(copy);
    expect(readFileSync(join(copy, '.next/BUILD_ID'), 'utf8')).toBe(
      readFileSync(join(built, '.next/BUILD_ID'), 'utf8'),
    );
    expect(readFileSync(join(nodeB, 'shared/_next/static/chunks/a.js'), 'utf8')).toBe('x\n');
    expect(existsSync(join(record, 'npm-ci.user')), 'nothing is installed or built on the second node').toBe(false);
    expect(readFileSync(join(record, 'systemctl'), 'utf8')).toBe(
      'restart qyzylorda-site@3001\nrestart qyzylorda-site@3002\n',
    );
    // A folder that is not a built release is refused before anything is switched.
    expect(() => deploy({ ROOT: nodeB, RELEASE: join(nodeB, 'releases'), CACHE: join(nodeB, 'cache') })).toThrow(
      /not a built release/,
    );
    expect(readlinkSync(join(nodeB, 'current'))).toBe(copy);
  });
});
