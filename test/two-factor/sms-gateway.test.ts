// The HTTP SMS gateway adapter against a local server that checks the documented request.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';

interface Received {
  method: string | undefined;
  url: string | undefined;
  authorization: string | undefined;
  contentType: string | undefined;
  body: { to: string; text: string; reference: string };
}

const received: Received[] = [];
let failuresToGive = 0;
const gateway = http.createServer((request, response) => {
  let data = '';
  request.on('data', (chunk: Buffer) => (data += chunk.toString()));
  request.on('end', () => {
    if (failuresToGive > 0) {
      failuresToGive -= 1;
      response.writeHead(503).end();
      return;
    }
    received.push({
      method: request.method,
      url: request.url,
      authorization: request.headers.authorization,
      contentType: request.headers['content-type'],
      body: JSON.parse(data) as Received['body'],
    });
    response.writeHead(202, { 'content-type': 'application/json' }).end('{"accepted":true}');
  });
});
await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
const port = (gateway.address() as AddressInfo).port;
afterAll(() => new Promise<void>((resolve) => gateway.close(() => resolve())));

const t = await startTestApp({
  env: { SMS_URL: `http://gebruiker:geheim@127.0.0.1:${port}/sms` },
  jobOptions: { backoffMs: 10 },
});

describe('SMS gateway adapter', () => {
  it('posts JSON with Basic authentication, without credentials in the URL', async () => {
    const owner = await signedInOwner(t);
    await owner.client.post('/api/two-factor/sms/phone', { phone: '0612345678' });
    await t.deps.jobs.drain();
    const request = received.at(-1);
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/sms');
    expect(request?.contentType).toBe('application/json');
    expect(request?.authorization).toBe(`Basic ${Buffer.from('gebruiker:geheim').toString('base64')}`);
    expect(request?.body.to).toBe('+31612345678');
    expect(request?.body.text).toMatch(/^Uw verificatiecode voor het Nachtregister is \d{6}\./);
    expect(request?.body.reference).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('retries when the gateway is down and delivers exactly once when it is back', async () => {
    const owner = await signedInOwner(t);
    const before = received.length;
    failuresToGive = 2;
    await owner.client.post('/api/two-factor/sms/phone', { phone: '0687654321' });
    await t.deps.jobs.drain();
    expect(received.length).toBe(before);
    for (let i = 0; i < 20 && received.length === before; i++) {
      await new Promise((r) => setTimeout(r, 50));
      await t.deps.jobs.drain();
    }
    // Delivered, the message is neither waiting for another attempt nor a dead letter, as the
    // admin's list of undelivered messages shows: nothing is left that could send it again.
    const admin = await signedInOperatorAccount(t, 'admin');
    const queue = (await admin.client.get('/api/admin/dead-letters')).json<{ deadLetters: { channel: string }[]; waiting: { channel: string }[] }>();
    expect([...queue.deadLetters, ...queue.waiting].filter((m) => m.channel === 'sms')).toEqual([]);
    await t.deps.jobs.drain();
    expect(received.slice(before).map((r) => r.body.to)).toEqual(['+31687654321']);
  });
});
