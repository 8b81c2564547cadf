import type { ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db/connect';
import { migrations } from '@/lib/db/migrations';
import type { Database } from '@/lib/db/schema';
import { POSTS_PER_MINUTE } from '@/lib/feedback/limit';
import { startSession } from '@/lib/inbox/sessions';
import { stopGroup } from '@/lib/deploy/processes';
import { type Stack, startStack } from '@/lib/deploy/stack';
import { fixtureEnv, fixtureSite } from '../fixture-site';
import { startBalancer } from '../balancer';
import { inboxEnv } from '../inbox-env';
import { startProvider } from '../oidc-provider';
import { freePorts } from '../ports';
import { postgresEnv, startPostgres, type TestPostgres } from '../postgres';

/*
 * Several nodes on one PostgreSQL (issue 33; docs/production.md, several nodes): two nodes, each the
 * production stack (nginx and two `next start` workers) on ports of its own, started at the same
 * moment on an empty database, and nginx in front of them as the load balancer, as the docs show it.
 * What one node keeps in memory must change nothing a resident or a press officer sees.
 */

let dir = '';
let pg: TestPostgres | undefined;
let db: Kysely<Database> | undefined;
const nodes: Stack[] = [];
let balancer: ChildProcess | undefined;
let provider: Server | undefined;
let balancerPort = 0;
const nodePorts: number[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'two-nodes-'));
  chmodSync(dir, 0o755);
  pg = await startPostgres();
  pg.createDatabase('nodes');
  const url = pg.url('nodes');
  // The public address is the balancer's; the git host's sign-in (a real OpenID provider) sends
  // press officers back there.
  balancerPort = await freePorts(1);
  const site = `http://localhost:${balancerPort}`;
  const providerPort = await freePorts(2);
  provider = await startProvider(providerPort, [site]);
  const env = { ...fixtureEnv, ...postgresEnv(url), ...inboxEnv(providerPort), SITE_URL: site };
  for (let i = 0; i < 2; i++) nodePorts.push(await freePorts(3));
  // Both at the same moment, on an empty database: four workers migrating it together.
  const started = await Promise.allSettled(
    nodePorts.map((port, i) =>
      startStack({
        port,
        workers: 2,
        distDir: fixtureSite.distDir,
        runDir: join(dir, `node-${i}`),
        env,
        realIpFrom: ['127.0.0.1'],
      }),
    ),
  );
  for (const result of started) if (result.status === 'fulfilled') nodes.push(result.value);
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;

  balancer = await startBalancer(join(dir, 'balancer'), balancerPort, nodePorts);
  db = await openDatabase({ kind: 'postgres', url });
}, 180_000);

afterAll(async () => {
  await db?.destroy();
  if (balancer) stopGroup(balancer);
  provider?.close();
  for (const node of nodes) await node.stop();
  pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const reference = (page: string) => /<strong>([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})<\/strong>/.exec(page)?.[1];

/** A resident's message, as the form sends it, to `port`, from `address`. */
async function send(port: number, address: string, { text = 'Екі түйін туралы сұрақ', started = '' } = {}) {
  const response = await fetch(`http://127.0.0.1:${port}/kk/feedback/send`, {
    method: 'POST',
    body: new URLSearchParams({ intent: 'send', kind: 'question', topic: 'other', district: 'aral', text, started }),
    headers: { 'X-Forwarded-For': address },
    redirect: 'manual',
  });
  return { status: response.status, reference: reference(await response.text()) };
}

describe('two nodes on one PostgreSQL behind a balancer', () => {
  it('migrated the empty database once, though both nodes started together', async () => {
    const applied = await db!
      .selectFrom('kysely_migration' as never)
      .selectAll()
      .execute();
    expect(applied).toHaveLength(Object.keys(migrations).length);
  });

  it('takes a form served by one node on the other, its stamp read there, and shows it in the other’s inbox', async () => {
    const [a, b] = nodePorts as [number, number];
    const form = await (await fetch(`http://127.0.0.1:${a}/kk/feedback`)).text();
    const started = /name="started" value="([^"]+)"/.exec(form)?.[1];
    expect(started).toMatch(/^\d{13}\.[\w-]{16}\.[\w-]{22}$/);
    // As a resident takes their time: past the "too fast" mark, so only a stamp node B can read passes.
    await sleep(3_100);
    const sent = await send(b, '10.33.0.1', { text: 'Түйіннен түйінге', started });
    expect(sent.status).toBe(200);
    const row = await db!
      .selectFrom('submissions')
      .select(['status', 'held_reason'])
      .where('reference', '=', sent.reference!)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'new', held_reason: null });

    // A press officer whose session was begun on the other node (sessions are rows of the database).
    const { id } = await startSession(db!, { subject: 'editor', name: 'Редактор', role: 'editor' });
    for (const port of [a, b]) {
      const page = await fetch(`http://127.0.0.1:${port}/kk/inbox/${sent.reference}`, {
        headers: { Cookie: `__Host-inbox=${id}` },
        redirect: 'manual',
      });
      expect(page.status, String(port)).toBe(200);
      expect(await page.text(), String(port)).toContain('Түйіннен түйінге');
    }
  });

  it('limits one address at the one stated rate, however the balancer spreads its posts', async () => {
    const answers = await Promise.all(
      Array.from({ length: 3 * POSTS_PER_MINUTE }, () => send(balancerPort, '10.44.0.1', { text: 'Тасқын' })),
    );
    const taken = answers.filter((a) => a.status !== 429).length;
    expect(taken).toBe(POSTS_PER_MINUTE);
  });

  it('finishes on one node a sign-in begun on the other, and the session acts on the first', async () => {
    const [a, b] = nodePorts as [number, number];
    const start = await fetch(`http://127.0.0.1:${a}/kk/inbox/auth`, { redirect: 'manual' });
    expect(start.status).toBe(303);
    const signInCookie = start.headers
      .getSetCookie()
      .find((c) => c.startsWith('__Host-inbox-sign-in='))!
      .split(';')[0]!;
    // The git host's side, as a browser goes through it: its login form, then back to the site.
    const jar = new Map<string, string>();
    let next = start.headers.get('location')!;
    let form: URLSearchParams | undefined;
    for (let step = 0; step < 12 && !next.includes('/inbox/auth/callback'); step++) {
      const response = await fetch(next, {
        method: form ? 'POST' : 'GET',
        body: form,
        headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
        redirect: 'manual',
      });
      for (const set of response.headers.getSetCookie()) {
        const [name, ...value] = set.split(';')[0]!.split('=');
        jar.set(name!, value.join('='));
      }
      const location = response.headers.get('location');
      form = undefined;
      if (location) next = new URL(location, next).href;
      else {
        // Its login form (or a confirmation): its hidden fields, the account, any password.
        const html = await response.text();
        next = new URL(/<form[^>]* action="([^"]+)"/.exec(html)![1]!, next).href;
        form = new URLSearchParams({ login: 'editor', password: 'any password' });
        for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
          form.set(name!, value!);
      }
    }
    const back = new URL(next);
    expect(back.pathname).toBe('/kk/inbox/auth/callback');
    // Back through the other node.
    const finished = await fetch(`http://127.0.0.1:${b}${back.pathname}${back.search}`, {
      headers: { cookie: signInCookie },
      redirect: 'manual',
    });
    expect(finished.status).toBe(303);
    expect(finished.headers.get('location')).toBe('/kk/inbox');
    const session = finished.headers
      .getSetCookie()
      .find((c) => c.startsWith('__Host-inbox='))!
      .split(';')[0]!;
    // On the first node: the inbox, and an export (a POST with the session's token).
    const inbox = await fetch(`http://127.0.0.1:${a}/kk/inbox`, { headers: { cookie: session }, redirect: 'manual' });
    expect(inbox.status, inbox.headers.get('location') ?? '').toBe(200);
    const page = await inbox.text();
    expect(page).toContain('Редактор Сынақ');
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)![1]!;
    const exported = await fetch(`http://127.0.0.1:${a}/kk/inbox/export`, {
      method: 'POST',
      body: new URLSearchParams({ csrf, intent: 'export' }),
      headers: { cookie: session },
      redirect: 'manual',
    });
    expect(exported.status, exported.headers.get('location') ?? '').toBe(200);
    expect(exported.headers.get('content-type')).toContain('text/csv');
  });

  it('keeps every acknowledged message when a node is killed mid-stream, and the other goes on serving', async () => {
    const acknowledged: string[] = [];
    let sending = true;
    let n = 0;
    const resident = async () => {
      while (sending) {
        const i = ++n;
        const sent = await send(balancerPort, `10.55.${(i >> 8) & 255}.${i & 255}`, { text: `Ағын №${i}` }).catch(
          () => undefined,
        );
        if (sent?.status === 200 && sent.reference) acknowledged.push(sent.reference);
      }
    };
    const stream = Promise.all(Array.from({ length: 6 }, resident));
    await sleep(1_500);
    // Node A's nginx and workers, as a power cut would.
    const [nodeA] = nodes as [Stack];
    for (const child of [nodeA.nginx, ...nodeA.workers.values()]) process.kill(-child.pid!, 'SIGKILL');
    const killedAt = acknowledged.length;
    await sleep(2_500);
    sending = false;
    await stream;
    expect(killedAt).toBeGreaterThan(0);
    // Node B kept taking messages after A was gone.
    expect(acknowledged.length).toBeGreaterThan(killedAt);
    const stored = new Set(
      (await db!.selectFrom('submissions').select('reference').where('reference', 'in', acknowledged).execute()).map(
        (r) => r.reference,
      ),
    );
    expect(acknowledged.filter((r) => !stored.has(r))).toEqual([]);
    expect((await fetch(`http://127.0.0.1:${balancerPort}/kk`)).status).toBe(200);
  });
});
