import { expect } from '@playwright/test';
import { fonts } from './fixtures';
import { leaks, type RawAnswer, rawRequest, request } from './raw-http';

/*
 * The request shapes an attacker or a standards checker sends (issue: "every response right"), each
 * as raw bytes on a new connection: methods, request-line forms, Host headers, ranges, conditions,
 * bodies, encodings, sizes. Every one is answered, never with a 5xx, and no answer shows a stack
 * trace, a file of the server or its software's names. tests/e2e/requests.*.spec.ts send them to the
 * README's serve command (npm start: nginx in front) and to `next start` alone.
 */

export type Shape = {
  name: string;
  raw: string;
  /** Reaches code of the site under `next start` alone (a GET or HEAD, or a request with a body, which the proxy takes). */
  reachable: boolean;
  expect?: (answer: RawAnswer) => void;
};

/**
 * Statuses in the 5xx range that are the right answer, not a failure: a method the server does not
 * implement (501), a version of HTTP it does not speak (505).
 */
const rightAnswers = new Set([501, 505]);

/**
 * Requests Node's HTTP parser or Next's router answers (or waits on, as for a promised body) before any
 * code of the site runs.
 */
const parserLevel = new Set([
  'Expect: 100-continue',
  'GET /kk//news',
  'GET //evil.example/kk',
  'Content-Length and Transfer-Encoding (smuggling)',
  'a malformed chunk',
  'Content-Length that is not a number',
  'a huge Content-Length',
  'a header of 20 kB',
  'a header name with a space',
  'a control character in a header',
]);

export function requestShapes(host: string, files: { css: string }): Shape[] {
  const h = [`Host: ${host}`, 'Connection: close'];
  const get = (path: string, extra: string[] = []) => request(`GET ${path} HTTP/1.1`, [...h, ...extra]);
  const statics = [files.css, fonts.latin, '/favicon.ico', '/admin/config.json'];
  const pages = ['/', '/kk', '/ru/news', '/kk/events', '/kk/search?q=x', '/sitemap.xml', '/data/events.csv'];
  const shapes: Shape[] = [];
  // What `next start` alone cannot answer well, whatever the site's code does: other methods without a
  // body (TRACE, CONNECT, DELETE… answered 500, or never), request lines and headers its HTTP parser
  // takes as they come (docs/production.md says why the serve command is nginx in front).
  const add = (name: string, raw: string, check?: Shape['expect']) => {
    const parser = parserLevel.has(name);
    const [method = '', target = ''] = raw.split(' ');
    const withBody = /\r\n(content-length|transfer-encoding):/i.test(raw.split('\r\n\r\n')[0] ?? '');
    const plain = /^(GET|HEAD)$/.test(method) && target.startsWith('/') && / HTTP\/1\.1\r\n/.test(raw);
    const oneHost = (raw.match(/\r\nHost:/gi) ?? []).length === 1;
    shapes.push({
      name,
      raw,
      reachable: (plain || withBody) && oneHost && !parser,
      ...(check ? { expect: check } : {}),
    });
  };

  for (const method of ['GET', 'HEAD', 'OPTIONS', 'DELETE', 'PUT', 'PATCH', 'TRACE', 'CONNECT', 'PROPFIND', 'FOO'])
    for (const path of [...pages, ...statics]) add(`${method} ${path}`, request(`${method} ${path} HTTP/1.1`, h));
  for (const path of statics) {
    for (const range of [
      'bytes=999999-',
      'bytes=abc',
      'bytes=5-1',
      'bytes=-0',
      'bytes=0-0,-1',
      'bytes=0-99999999999999999999',
      'items=0-1',
    ])
      add(`Range ${range} on ${path}`, get(path, [`Range: ${range}`]));
    add(
      `1,300 one-byte ranges on ${path}`,
      get(path, [`Range: bytes=${Array.from({ length: 1300 }, (_, i) => `${i}-${i}`).join(',')}`]),
    );
    add(`If-Match "nope" on ${path}`, get(path, ['If-Match: "nope"']));
    add(`an old If-Unmodified-Since on ${path}`, get(path, ['If-Unmodified-Since: Mon, 01 Jan 1990 00:00:00 GMT']));
    add(`If-None-Match * on ${path}`, get(path, ['If-None-Match: *']));
    add(`If-Range with a Range on ${path}`, get(path, ['If-Range: "x"', 'Range: bytes=0-1']));
  }
  add('OPTIONS * (asterisk form)', request('OPTIONS * HTTP/1.1', h));
  add('GET * (asterisk form)', request('GET * HTTP/1.1', h));
  add('TRACE * (asterisk form)', request('TRACE * HTTP/1.1', h));
  add('a request line without a version', 'GET /kk\r\n\r\n');
  add('HTTP/0.9', 'GET /kk\r\n');
  add('HTTP/1.0 without Host', request('GET /kk HTTP/1.0', ['Connection: close']));
  add('HTTP/9.9', request('GET /kk HTTP/9.9', h));
  add('HTTP/2 on a first line', request('GET /kk HTTP/2.0', h));
  add('two Host headers', request('GET /kk HTTP/1.1', [`Host: ${host}`, 'Host: evil.example', 'Connection: close']));
  add('an empty Host', request('GET /kk HTTP/1.1', ['Host:', 'Connection: close']));
  add('another host', request('GET /kk HTTP/1.1', ['Host: evil.example', 'Connection: close']));
  add('absolute form naming another host', request('GET http://evil.example/kk HTTP/1.1', h), (a) => {
    expect(a?.head ?? '', 'never a redirect to another host').not.toMatch(/^location:\s*https?:\/\/evil/im);
  });
  add('absolute form naming the site', request(`GET http://${host}/kk HTTP/1.1`, h));
  add('a bodyless POST', request('POST /kk HTTP/1.1', h), (a) => expect(a?.status).not.toBe(200));
  add(
    'POST with a body',
    request('POST /kk/news HTTP/1.1', [...h, 'Content-Type: text/plain', 'Content-Length: 5'], 'hello'),
  );
  add('a method the site has no use for, with a body', request('PUT /kk HTTP/1.1', [...h, 'Content-Length: 1'], 'x'));
  add(
    'Content-Length and Transfer-Encoding (smuggling)',
    request('POST /kk HTTP/1.1', [...h, 'Content-Length: 4', 'Transfer-Encoding: chunked'], '0\r\n\r\n'),
  );
  add('a malformed chunk', request('POST /kk HTTP/1.1', [...h, 'Transfer-Encoding: chunked'], 'zz\r\nx\r\n0\r\n\r\n'));
  add('Content-Length that is not a number', request('POST /kk HTTP/1.1', [...h, 'Content-Length: abc']));
  add('a huge Content-Length', request('POST /kk HTTP/1.1', [...h, 'Content-Length: 99999999999']));
  add('Expect: 100-continue', request('POST /kk HTTP/1.1', [...h, 'Expect: 100-continue', 'Content-Length: 10']));
  add('a header of 20 kB', get('/kk', [`X-Long: ${'a'.repeat(20_000)}`]));
  add('a header name with a space', get('/kk', ['Bad Header: x']));
  add('a control character in a header', get('/kk', ['X-Ctl: a\u0001b']));
  add('an Accept-Language of nonsense', get('/', ['Accept-Language: ;;;q=x,*-*-*']));
  add('an Accept-Encoding of nonsense', get('/kk', ['Accept-Encoding: br;q=foo, gzip;q=']));
  add('Next-Action (a server action)', get('/kk', ['Next-Action: 0123456789abcdef']));
  add('RSC (a client router request)', get('/kk', ['RSC: 1', 'Next-Router-State-Tree: %5B%5D']));
  for (const path of [
    '/kk/news/%E0%A4%A',
    '/%C0%AF',
    '/kk/news/%00',
    '/kk/%2e%2e/%2e%2e/etc/passwd',
    '/kk/news/a%5C..%5Cb',
    '/kk/news/',
    '/kk//news',
    '/KK',
    '//evil.example/kk',
    `/kk/news/${'a'.repeat(5000)}`,
    `/${'a'.repeat(9000)}`,
    '/kk/search?q=%',
    '/kk/search?q[]=x',
    `/kk/search?q=${'x'.repeat(10_000)}`,
    '/kk/search?q=x&page=-1',
    '/kk/events/district/nowhere',
    '/kk/news/page/0',
    '/kk/news/page/99999999999999999999',
    '/kk/share.png?x=1',
    '/kk/news/share.png?v=2',
    '/kk/events/nowhere/share.png',
    '/kk/events/nowhere/calendar.ics',
    '/data/nothing.json',
    '/images/README.md',
    '/.env',
    '/kk/feed.xml?format=atom',
  ])
    add(`GET ${path.slice(0, 60)}`, get(path));
  return shapes;
}

/** Sends every shape; each answered, none 5xx, nothing leaked. Returns how many were sent. */
export async function sendShapes(port: number, shapes: Shape[]): Promise<{ sent: number; failures: string[] }> {
  const failures: string[] = [];
  for (const shape of shapes) {
    const answer = await rawRequest(port, shape.raw);
    if (answer && answer.status >= 500 && !rightAnswers.has(answer.status))
      failures.push(`${shape.name}: ${answer.status}`);
    const text = answer ? `${answer.head}\n${answer.body}` : '';
    for (const leak of leaks) if (leak.test(text)) failures.push(`${shape.name}: shows ${leak}`);
    if (!answer) failures.push(`${shape.name}: no answer`);
    // Every answer with headers carries the site's policy (an HTTP/0.9 answer has no headers at all).
    if (answer && answer.status > 0 && !/^content-security-policy:/im.test(answer.head))
      failures.push(`${shape.name}: ${answer.status} without the security headers`);
    try {
      shape.expect?.(answer);
    } catch (error) {
      failures.push(`${shape.name}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return { sent: shapes.length, failures };
}
