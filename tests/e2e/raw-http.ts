import { connect } from 'node:net';

/*
 * Requests exactly as written, for what a browser would never send (a raw request line, two Hosts, a
 * thousand ranges): the status line and the whole answer, or `null` when the server gave none in time.
 */

/** `status` 0: an HTTP/0.9 answer, a body without a status line or headers. */
export type RawAnswer = { status: number; head: string; body: string } | null;

export function rawRequest(port: number, request: string, timeoutMs = 4_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    const finish = () => {
      socket.destroy();
      // An interim answer (100 Continue) comes before the one that counts.
      const text = Buffer.concat(chunks)
        .toString('utf8')
        .replace(/^(HTTP\/1\.1 1\d\d [^\r]*\r\n(?:[^\r]+\r\n)*\r\n)+/, '');
      const status = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(text)?.[1];
      if (!status) return resolve(text.length > 0 ? { status: 0, head: '', body: text } : null);
      const end = text.indexOf('\r\n\r\n');
      resolve({ status: Number(status), head: text.slice(0, end), body: text.slice(end + 4) });
    };
    socket.setTimeout(timeoutMs, finish);
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      // One answer is enough: the head and as much body as came with it.
      if (/ [2-5]\d\d [^\r]*\r\n[\s\S]*\r\n\r\n/.test(Buffer.concat(chunks).toString('utf8'))) setTimeout(finish, 150);
    });
    socket.on('end', finish);
    socket.on('error', finish);
  });
}

/** A request line, headers and an optional body, joined as HTTP/1.1 writes them. */
export const request = (line: string, headers: string[], body = '') =>
  `${line}\r\n${headers.join('\r\n')}\r\n\r\n${body}`;

/** What no answer may show: a stack trace, a file of the server, the names and versions of its software. */
export const leaks = [
  /\bat [\w.<>]+ \(/,
  /node_modules/,
  /\/work\/|\/srv\/|\/home\//,
  /nginx\/\d/,
  /Next\.js/i,
  /x-powered-by/i,
  /\bError: /,
];
