import { afterAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { openDatabase } from '@/lib/db/connect';
import type { Database } from '@/lib/db/schema';
import { forgetOldCounts, perAddress } from '@/lib/http/rate-limit';
import { testDatabases } from '../databases';

/*
 * The limits per address with PostgreSQL (issue 33): two nodes (two limiters, as two workers on two
 * machines make them) count against one limit, not one each; the counts are forgotten by the retention
 * job once their minute is over; a database that cannot be reached leaves each counting for itself.
 */

const { backends } = testDatabases('limits');
const postgres = backends.find((b) => b.name === 'PostgreSQL')!;
let db: Kysely<Database> | undefined;
afterAll(async () => db?.destroy());

describe('limits per address, shared through PostgreSQL', () => {
  it('let one address through at the stated rate across every node, and no faster', async () => {
    const settings = postgres.fresh();
    if (settings.kind !== 'postgres') throw new Error('PostgreSQL expected');
    db = await openDatabase(settings);
    const nodeA = perAddress(5, 'posts', { url: settings.url });
    const nodeB = perAddress(5, 'posts', { url: settings.url });
    const answers: number[] = [];
    for (let i = 0; i < 12; i++) answers.push(await (i % 2 ? nodeA : nodeB)('203.0.113.7'));
    expect(answers.filter((wait) => wait === 0)).toHaveLength(5);
    expect(answers.slice(5).every((wait) => wait > 0 && wait <= 60)).toBe(true);
    // Another address, another kind of request: counted apart.
    expect(await nodeA('203.0.113.8')).toBe(0);
    expect(await perAddress(5, 'lookups', { url: settings.url })('203.0.113.7')).toBe(0);

    // Kept in the database, and forgotten once their minute is over.
    expect(await db.selectFrom('rate_limits').select('key').execute()).toHaveLength(3);
    expect(await forgetOldCounts(db)).toBe(0);
    expect(await forgetOldCounts(db, Date.now() + 61_000)).toBe(3);
  });

  it('each node counts for itself without a shared store (SQLite) or while the database is away', async () => {
    const apart = [perAddress(3, 'posts', { url: undefined }), perAddress(3, 'posts', { url: undefined })];
    const away = perAddress(3, 'posts', { url: 'postgres://nobody@127.0.0.1:1/none' });
    const answers: number[] = [];
    for (let i = 0; i < 4; i++) for (const wait of apart) answers.push(await wait('198.51.100.1'));
    expect(answers.filter((wait) => wait === 0)).toHaveLength(6);
    const unreachable = [];
    for (let i = 0; i < 4; i++) unreachable.push(await away('198.51.100.2'));
    expect(unreachable).toEqual([0, 0, 0, expect.any(Number)]);
    expect(unreachable[3]).toBeGreaterThan(0);
  });
});
