import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseSettings, openDatabase } from '@/lib/db/connect';
import { waitFor } from '@/lib/deploy/processes';
import { fixtureEnv } from '../fixture-site';
import { freePorts } from '../ports';
import { postgresEnv, startPostgres, type TestPostgres } from '../postgres';

/*
 * Nothing a resident was thanked for is lost: two `next start` workers on the fixture build take
 * messages from several residents at once, both are killed (SIGKILL, as the kernel's OOM killer or a
 * power cut would) in the middle, and every message whose reference number was given is in the
 * database afterwards, with its contact details, on both kinds of database.
 */

const next = 'node_modules/next/dist/bin/next';
let dir = '';
let pg: TestPostgres | undefined;
const started: ChildProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'feedback-kill-'));
  pg = await startPostgres();
}, 60_000);
afterAll(() => {
  for (const child of started) kill(child);
  pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function kill(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

type Worker = ChildProcess & { port: number };

async function startWorkers(count: number, variables: Record<string, string>): Promise<Worker[]> {
  const ports = await Promise.all(Array.from({ length: count }, () => freePorts(1)));
  const workers = ports.map((port) => {
    const child = spawn('node', [next, 'start', '-p', String(port)], {
      env: { ...process.env, ...fixtureEnv, ...variables, PORT: String(port) },
      detached: true,
      stdio: 'ignore',
    });
    started.push(child);
    return Object.assign(child, { port });
  });
  await Promise.all(ports.map((port) => waitFor(`http://127.0.0.1:${port}/kk/feedback`)));
  return workers;
}

type Sent = { reference: string; contact: string };

/** Residents sending from `loops` places at once, each from its own address, until told to stop. */
function residents(ports: number[], loops: number) {
  const acknowledged: Sent[] = [];
  let sending = true;
  let n = 0;
  const one = async (port: number) => {
    const i = ++n;
    const contact = `+7701${String(i).padStart(7, '0')}`;
    const body = new URLSearchParams({
      intent: 'send',
      kind: 'question',
      topic: 'other',
      district: 'aral',
      text: `Сұрақ №${i}: <b>жоба</b> туралы`,
      name: `Тұрғын ${i}`,
      contact,
      consent: 'yes',
    });
    const response = await fetch(`http://127.0.0.1:${port}/kk/feedback/send`, {
      method: 'POST',
      body,
      redirect: 'manual',
      headers: { 'X-Forwarded-For': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
    });
    // Acknowledged: the whole page with its number reached the resident.
    const reference = /<strong>([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})<\/strong>/.exec(await response.text())?.[1];
    if (response.status === 200 && reference) acknowledged.push({ reference, contact });
  };
  const loop = async (port: number) => {
    while (sending) await one(port).catch(() => undefined);
  };
  const running = Promise.all(Array.from({ length: loops }, (_, i) => loop(ports[i % ports.length]!)));
  return {
    acknowledged,
    stop: async () => {
      sending = false;
      await running;
    },
  };
}

const backends: { name: string; settings: () => { variables: Record<string, string>; db: DatabaseSettings } }[] = [
  {
    name: 'SQLite',
    settings: () => {
      const data = join(dir, 'sqlite');
      return { variables: { DATA_DIR: data }, db: { kind: 'sqlite', file: join(data, 'site.db') } };
    },
  },
  {
    name: 'PostgreSQL',
    settings: () => {
      pg!.createDatabase('kill');
      const url = pg!.url('kill');
      return { variables: postgresEnv(url), db: { kind: 'postgres', url } };
    },
  },
];

describe.each(backends)('messages sent while the workers are killed, in $name', ({ settings }) => {
  it('are all there, with their contacts, once their reference number was given', async () => {
    const { variables, db: where } = settings();
    const workers = await startWorkers(2, variables);
    const load = residents(
      workers.map((w) => w.port),
      8,
    );
    while (load.acknowledged.length < 150) await new Promise((r) => setTimeout(r, 20));
    for (const worker of workers) kill(worker);
    await load.stop();
    const acknowledged = [...load.acknowledged];

    const db = await openDatabase(where);
    try {
      const saved = new Set((await db.selectFrom('submissions').select('reference').execute()).map((r) => r.reference));
      const contacts = new Map(
        (await db.selectFrom('contacts').select(['reference', 'contact']).execute()).map((c) => [
          c.reference,
          c.contact,
        ]),
      );
      expect(acknowledged.filter((a) => !saved.has(a.reference))).toEqual([]);
      // No row half written: every message whole, every contact with its message.
      const rows = await db.selectFrom('submissions').selectAll().execute();
      expect(rows.filter((r) => !r.body || !r.kind || !r.status || !r.created_at)).toEqual([]);
      expect([...contacts.keys()].filter((reference) => !saved.has(reference))).toEqual([]);
      expect(acknowledged.filter((a) => contacts.get(a.reference) !== a.contact)).toEqual([]);
    } finally {
      await db.destroy();
    }

    // The database opens again after the kill, and a worker finds a resident's message by its number.
    const [again] = await startWorkers(1, variables);
    const last = acknowledged.at(-1)!.reference;
    const page = await fetch(`http://127.0.0.1:${again!.port}/kk/feedback/look`, {
      method: 'POST',
      body: new URLSearchParams({ reference: last }),
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="result-title"');
    kill(again!);
  }, 120_000);
});
