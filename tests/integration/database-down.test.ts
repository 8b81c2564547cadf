import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { waitFor } from '@/lib/deploy/processes';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import { fixtureEnv } from '../fixture-site';
import { freePorts } from '../ports';
import { postgresEnv, startPostgres, type TestPostgres } from '../postgres';

/*
 * A database that cannot be reached never takes the site down (issue 33): `next start` on the fixture
 * build with a DATABASE_URL nothing answers at serves its pages, sends the resident's form back with
 * what was typed (503), says so in one log line, and takes messages once the server appears.
 */

const next = 'node_modules/next/dist/bin/next';
let worker: ChildProcess | undefined;
let pg: TestPostgres | undefined;
afterAll(() => {
  if (worker?.pid) process.kill(-worker.pid, 'SIGKILL');
  pg?.stop();
});

const message = (text: string) =>
  new URLSearchParams({ intent: 'send', kind: 'question', topic: 'other', district: 'aral', text });

describe('with its database unreachable', () => {
  it('the site serves its pages, gives the form back with the text, and takes it once the database is there', async () => {
    const [port, dbPort] = await Promise.all([freePorts(1), freePorts(1)]);
    const log: string[] = [];
    worker = spawn('node', [next, 'start', '-p', String(port)], {
      env: {
        ...process.env,
        ...fixtureEnv,
        ...postgresEnv(`postgres://postgres:a-password@127.0.0.1:${dbPort}/postgres`),
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [worker.stdout!, worker.stderr!]) stream.on('data', (d: Buffer) => log.push(String(d)));
    const site = `http://127.0.0.1:${port}`;
    await waitFor(`${site}/kk`);

    for (const page of ['/kk', '/kk/news', '/ru/feedback']) expect((await fetch(site + page)).status, page).toBe(200);
    const text = 'Жол <b>қашан</b> жөнделеді?';
    const refused = await fetch(`${site}/kk/feedback/send`, { method: 'POST', body: message(text) });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('30');
    const page = await refused.text();
    expect(page).toContain('Жол &#x3C;b>қашан&#x3C;/b> жөнделеді?</textarea>');
    expect(page).toContain(kk.Feedback.errors.notSaved);
    // Its summary says what happened: nothing to correct.
    expect(page).toContain(kk.Feedback.notSavedSummary);
    // The inbox, which reads its sessions there, says it cannot answer now (and nothing else fails).
    const inbox = await fetch(`${site}/ru/inbox`, { redirect: 'manual', headers: { Cookie: '__Host-inbox=x' } });
    expect(inbox.status).toBe(200);
    expect(await inbox.text()).toContain(ru.Inbox.unavailable);
    // One line at start, naming no address or password; never a stack trace.
    const said = log.join('');
    expect(said).toMatch(
      /^database: not reachable at start \(.+\); the form answers 503 and the inbox says so until it is$/m,
    );
    expect(said).not.toContain('a-password');
    expect(said).not.toMatch(/^\s+at /m);

    // The database appears where the address names it: the next message is taken.
    pg = await startPostgres({ port: dbPort });
    // (On a connection of its own: the last one may have been idle longer than the worker keeps it.)
    const taken = await fetch(`${site}/kk/feedback/send`, { method: 'POST', body: message(text) }).catch(
      async (error: Error & { cause?: { code?: string } }) => {
        if (error.cause?.code !== 'UND_ERR_SOCKET') throw error;
        return fetch(`${site}/kk/feedback/send`, { method: 'POST', body: message(text) });
      },
    );
    expect(taken.status, log.join('').slice(-2000)).not.toBe(500);
    expect(taken.status).toBe(200);
    expect(await taken.text()).toMatch(/<strong>[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}<\/strong>/);
  }, 120_000);
});
