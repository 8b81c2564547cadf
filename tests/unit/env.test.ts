import { describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/env';

describe('the environment', () => {
  it('reads WORKERS as a number of workers, or as the ports the deployment lists (README, deploy.sh)', () => {
    expect(readEnv({ WORKERS: '2' }).WORKERS).toBe(2);
    expect(readEnv({ WORKERS: '3001 3002' }).WORKERS).toBe(2);
    expect(readEnv({ WORKERS: ' 3001,3002, 3003 ' }).WORKERS).toBe(3);
    expect(readEnv({ WORKERS: '' }).WORKERS).toBeUndefined();
    for (const bad of ['0', 'two', '3001 x', '80 81', '65'])
      expect(() => readEnv({ WORKERS: bad }), bad).toThrow(/WORKERS/);
  });

  it('refuses a publishing token without the git host it is for (never sent to a default address)', () => {
    expect(() => readEnv({ INBOX_PUBLISH_TOKEN: 'secret' })).toThrow(/INBOX_PUBLISH_TOKEN=.*CMS_API_ROOT/);
    expect(() => readEnv({ INBOX_PUBLISH_TOKEN: 'secret' })).not.toThrow(/secret"/);
    // Nor is a wrong database address, which holds its password.
    expect(() => readEnv({ DATABASE_URL: 'mysql://site:hunter2@db/site' })).toThrow(/DATABASE_URL/);
    expect(() => readEnv({ DATABASE_URL: 'mysql://site:hunter2@db/site' })).not.toThrow(/hunter2/);
    expect(readEnv({ INBOX_PUBLISH_TOKEN: 'secret', CMS_API_ROOT: 'https://git.example.kz/api/v1' }).CMS_API_ROOT).toBe(
      'https://git.example.kz/api/v1',
    );
  });

  it('takes the site secret as one or more, never printed when wrong', () => {
    const secret = 'a'.repeat(32);
    expect(readEnv({ SITE_SECRET: `${secret} ${'b'.repeat(40)}` }).SITE_SECRET).toEqual([secret, 'b'.repeat(40)]);
    expect(() => readEnv({ SITE_SECRET: 'short-one' })).toThrow(
      /SITE_SECRET=\(its value not shown\): expected secrets of 32/,
    );
  });
});
