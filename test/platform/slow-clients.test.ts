// Clients that hold a connection without finishing their request: over real sockets, one that
// sends its headers a byte at a time (slowloris), one that trickles its body, and one that sends
// nothing are all cut off (408 or a closed connection) once HTTP_REQUEST_TIMEOUT_MS has passed,
// while other clients are served meanwhile. Bodies over the limit are refused with 413 before they
// are read, whether their length is declared or they arrive in chunks.
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { startTestApp } from '../support/app.ts';

/** Short, so the test waits a second rather than the production 30 s. */
const TIMEOUT_MS = 1_000;
/** Generous: a client still connected after this was not cut off. */
const HANG_GUARD_MS = 20_000;

const t = await startTestApp({ env: { HTTP_REQUEST_TIMEOUT_MS: String(TIMEOUT_MS) } });
const address = new URL(await t.app.listen({ port: 0, host: '127.0.0.1' }));
const port = Number(address.port);
const open = new Set<net.Socket>();
/** A CSRF token and its cookie, so the POSTs get past the CSRF check to the body. */
const csrf = await (async () => {
  const response = await fetch(`${address.origin}/api/csrf`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return `X-CSRF-Token: ${((await response.json()) as { token: string }).token}\r\nCookie: ${cookie}\r\n`;
})();
afterAll(() => {
  for (const socket of open) socket.destroy();
});

interface Outcome {
  /** What the server wrote before it closed the connection. */
  received: string;
  /** False when the hang guard, not the server, ended the wait. */
  closedByServer: boolean;
}

/**
 * Opens a raw connection, sends `head` and then `trickle` one byte every `everyMs`, and resolves
 * when the server closes the connection (or the hang guard passes).
 */
function slowClient(head: string, trickle: string, everyMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    open.add(socket);
    let received = '';
    let next = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = (closedByServer: boolean) => {
      clearInterval(timer);
      clearTimeout(guard);
      socket.destroy();
      open.delete(socket);
      resolve({ received, closedByServer });
    };
    const guard = setTimeout(() => finish(false), HANG_GUARD_MS);
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('close', () => finish(true));
    socket.on('error', () => undefined);
    socket.on('connect', () => {
      if (head) socket.write(head);
      timer = setInterval(() => {
        if (!socket.writable) return;
        socket.write(trickle[next % trickle.length] ?? 'x');
        next += 1;
      }, everyMs);
    });
  });
}

/** Served while the slow clients hang on: a liveness check and a real API answer. */
async function othersAreServed(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    expect((await fetch(`${address.origin}/health/live`)).status).toBe(200);
    expect((await fetch(`${address.origin}/api/municipalities`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const expectCutOff = (outcome: Outcome) => {
  expect(outcome.closedByServer, `still connected after ${HANG_GUARD_MS} ms; received: ${outcome.received}`).toBe(true);
  // Node answers 408 when it still can; otherwise the socket is simply closed.
  if (outcome.received) expect(outcome.received).toMatch(/^HTTP\/1\.1 408 /);
};

describe('slow clients', () => {
  it('keeps the 30 s default when HTTP_REQUEST_TIMEOUT_MS is unset, and uses the configured value', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).httpRequestTimeoutMs).toBe(30_000);
    expect(t.app.server.requestTimeout).toBe(TIMEOUT_MS);
    expect(t.app.server.headersTimeout).toBe(TIMEOUT_MS);
  });

  it('cuts off twenty clients that send their headers a byte at a time, serving others meanwhile', async () => {
    const attackers = Array.from({ length: 20 }, () => slowClient('GET /api/session HTTP/1.1\r\nHost: localhost\r\n', 'X-Slow: abcdefghij\r\n', 50));
    await othersAreServed();
    for (const outcome of await Promise.all(attackers)) expectCutOff(outcome);
    await othersAreServed();
  });

  it('cuts off a client that sends its body a byte at a time', async () => {
    const body = JSON.stringify({ email: 'traag@example.nl', password: 'x'.repeat(200) });
    const head = `POST /api/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n${csrf}Content-Length: ${body.length}\r\n\r\n`;
    const slow = slowClient(head, body, 50);
    await othersAreServed();
    expectCutOff(await slow);
  });

  it('cuts off a client that connects and sends nothing', async () => {
    const silent = slowClient('', '', HANG_GUARD_MS * 2);
    await othersAreServed();
    const outcome = await silent;
    expect(outcome.closedByServer).toBe(true);
  });
});

/** Sends a request head over a raw socket and resolves with the server's first answer. */
function answerTo(head: string, body: (socket: net.Socket) => void = () => undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    open.add(socket);
    let received = '';
    const guard = setTimeout(() => reject(new Error(`no answer in ${HANG_GUARD_MS} ms`)), HANG_GUARD_MS);
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
      const end = received.indexOf('\r\n\r\n');
      const length = Number(/content-length: (\d+)/i.exec(received)?.[1] ?? NaN);
      if (end >= 0 && received.length >= end + 4 + length) {
        clearTimeout(guard);
        socket.destroy();
        open.delete(socket);
        resolve(received);
      }
    });
    socket.on('error', () => undefined);
    socket.on('connect', () => {
      socket.write(head);
      body(socket);
    });
  });
}

describe('bodies over the limit on a real socket', () => {
  it('refuses a declared length of 1 GB at once with 413 PAYLOAD_TOO_LARGE, without waiting for the body', async () => {
    const answer = await answerTo(
      `POST /api/registrations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n${csrf}Content-Length: 1073741824\r\n\r\n{"a":`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('"code":"PAYLOAD_TOO_LARGE"');
  });

  it('refuses a chunked body that grows past the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const chunk = `"${'x'.repeat(64 * 1024)}",`;
    const answer = await answerTo(
      `POST /api/registrations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n${csrf}Transfer-Encoding: chunked\r\n\r\n`,
      (socket) => {
        socket.write(`1\r\n[\r\n`);
        // 320 KiB in all, over the 256 KiB limit; the socket may be closed before the last chunk.
        for (let i = 0; i < 5; i++) if (socket.writable) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
      },
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('"code":"PAYLOAD_TOO_LARGE"');
  });
});
