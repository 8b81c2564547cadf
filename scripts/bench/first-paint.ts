import { setTimeout as sleep } from 'node:timers/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { stopGroup } from '@/lib/deploy/processes';
import type { LighthouseRow } from './lighthouse';
import { kib, startNext } from './run';

/*
 * First paint in round trips (docs/decisions.md, first paint in one round trip). For each page type: the bytes
 * brotli makes (nginx's level, 5) of its HTML and of everything that blocks its first paint, and the
 * round trips these take on a new connection after its handshake. TCP sends 10 segments of 1,460 bytes
 * in its first round trip (RFC 6928) and doubles that each round trip (slow start); a stylesheet the
 * HTML links is requested once the HTML's head has arrived, so it costs at least one more round trip.
 * The pages with their stylesheet inside (the site) against the same pages linking it (the baseline,
 * PAGE_STYLES=linked), built from the same content in the same run.
 */

const SEGMENT = 1460;
const INITIAL_WINDOW = 10;

const brotli = (text: string) =>
  brotliCompressSync(text, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
  }).length;

/** Round trips to receive `bytes` from a congestion window of `window` segments, and the window after. */
function trips(bytes: number, window: number): { trips: number; window: number } {
  let sent = 0;
  let count = 0;
  while (sent < bytes || count === 0) {
    sent += window * SEGMENT;
    window *= 2;
    count++;
  }
  return { trips: count, window };
}

type Paint = { html: number; blocking: number; trips: number };

async function measure(origin: string, path: string): Promise<Paint> {
  const page = await (await fetch(`${origin}${path}`)).text();
  const html = brotli(page);
  const sheets = [...page.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  let { trips: total, window } = trips(html, INITIAL_WINDOW);
  let blocking = html;
  for (const sheet of sheets) {
    const css = brotli(await (await fetch(`${origin}${sheet}`)).text());
    blocking += css;
    const more = trips(css, window);
    total += more.trips;
    window = more.window;
  }
  return { html, blocking, trips: total };
}

export async function firstPaint(inlineDir: string, linkedDir: string, pages: Record<string, string>) {
  const ports = { inline: 3206, linked: 3207 };
  const servers = [await startNext(inlineDir, ports.inline), await startNext(linkedDir, ports.linked)];
  try {
    const rows: string[] = [];
    let worst = { trips: 0, blocking: 0 };
    for (const [name, path] of Object.entries(pages)) {
      const linked = await measure(`http://127.0.0.1:${ports.linked}`, path);
      const inline = await measure(`http://127.0.0.1:${ports.inline}`, path);
      worst = { trips: Math.max(worst.trips, inline.trips), blocking: Math.max(worst.blocking, inline.blocking) };
      rows.push(
        `| ${name} | ${kib(linked.html)} | ${kib(linked.blocking)} | ${linked.trips} | ${kib(inline.blocking)} | ${inline.trips} | ${(inline.blocking / linked.blocking).toFixed(2)}× |`,
      );
    }
    return [
      '| first paint, brotli 5 | HTML (linked sheet) | blocking first paint | round trips | HTML with its styles (blocking first paint) | round trips | bytes blocking, inline ÷ linked |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      `Round trips after the connection is open, with TCP's first window of ${INITIAL_WINDOW} × ${SEGMENT} bytes (${kib(INITIAL_WINDOW * SEGMENT)}) doubling each trip. With the styles inside: at most ${worst.trips} round trip(s) and ${kib(worst.blocking)} before the first paint on every page type.`,
    ];
  } finally {
    for (const server of servers) stopGroup(server);
    await sleep(500);
  }
}

/** Lighthouse's first contentful paint and LCP (simulated mobile network), the baseline against the site. */
export function paintTable(before: LighthouseRow[], after: LighthouseRow[]): string[] {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    '| Lighthouse 12, mobile (simulated) | FCP, linked sheet | FCP, styles inside | LCP, linked sheet | LCP, styles inside |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...before.map((b) => {
      const a = after.find((r) => r.page === b.page);
      return a && !a.failed && !b.failed
        ? `| ${b.page} | ${s(b.fcpMs)} | ${s(a.fcpMs)} | ${s(b.lcpMs)} | ${s(a.lcpMs)} |`
        : `| ${b.page} | failed | | | |`;
    }),
  ];
}
