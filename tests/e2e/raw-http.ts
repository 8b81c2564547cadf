import { connect } from 'node:net';

/*
 * Requests exactly as written, for what a browser would never send (a raw request line, two Hosts, a
 * thousand ranges): the status line and the whole answer, or `null` when the server gave none in time.
 */

export type RawAnswer = { status: number; head: string; body: string } | null;

export function rawRequest(port: number, request: string, timeoutMs = 4_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    const finish = () => {
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(text)?.[1];
      if (!status) return resolve(null);
      const end = text.indexOf('\r\n\r\n');
      resolve({ status: Number(status), head: text.slice(0, end), body: text.slice(end + 4) });
    };
    socket.setTimeout(timeoutMs, finish);
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      // One answer is enough: the head and as much body as came with it.
      if (Buffer.concat(chunks).includes('\r\n\r\n')) setTimeout(finish, 150);
    });
    socket.on('end', finish);
    socket.on('error', finish);
  });
}

/** A request line, headers and an optional body, joined as HTTP/1.1 writes them. */
export const request = (line: string, headers: string[], body = '') => `${line}\r\n${headers.join('\r\n')}\r\n\r\n${body}`;

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
