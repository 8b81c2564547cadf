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
});
