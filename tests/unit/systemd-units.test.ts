import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The systemd units docs/production.md copies into /etc/systemd/system: each timer starts a service
 * that is there, and each service runs a script package.json has (or the deploy script in the repository).
 */

const folder = 'deploy/systemd';
const units = readdirSync(folder);
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the systemd units', () => {
  it.each(units.filter((u) => u.endsWith('.timer')))('%s starts a service that is there', (timer) => {
    expect(units).toContain(timer.replace(/\.timer$/, '.service'));
    expect(readFileSync(join(folder, timer), 'utf8')).toMatch(/^OnCalendar=.+ Asia\/Qyzylorda$/m);
  });

  it.each(units.filter((u) => u.endsWith('.service')))('%s runs what the repository has', (service) => {
    const exec = /^ExecStart=(.+)$/m.exec(readFileSync(join(folder, service), 'utf8'))?.[1] ?? '';
    const script = /npm run -s ([\w:]+)/.exec(exec)?.[1];
    if (script) expect(Object.keys(scripts)).toContain(script);
    else expect(exec).toMatch(/deploy\/deploy\.sh$|node_modules\/next\/dist\/bin\/next start/);
  });

  it('include the nightly backup, after the retention job', () => {
    const at = (timer: string) =>
      /OnCalendar=\*-\*-\* (\d\d:\d\d)/.exec(readFileSync(join(folder, timer), 'utf8'))?.[1];
    expect(at('qyzylorda-backup.timer')! > at('qyzylorda-retention.timer')!).toBe(true);
  });
});
