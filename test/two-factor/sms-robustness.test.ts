// Properties of SMS codes that a gateway and a changing phone number put at risk: a refused
// request changes nothing, a code proves only the number it was sent to, and every retry of one
// message carries the same reference so a gateway can drop duplicates.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { signedInOwner } from '../support/factories.ts';
import { oathtool, secretOf } from '../support/totp.ts';

interface Delivery {
  status: number;
  body: { to: string; text: string; reference: string };
}

const deliveries: Delivery[] = [];
let failuresToGive = 0;
const gateway = http.createServer((request, response) => {
  let data = '';
  request.on('data', (chunk: Buffer) => (data += chunk.toString()));
  request.on('end', () => {
    const status = failuresToGive > 0 ? 503 : 202;
    if (status === 503) failuresToGive -= 1;
    deliveries.push({ status, body: JSON.parse(data) as Delivery['body'] });
    response.writeHead(status).end();
  });
});
await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
const port = (gateway.address() as AddressInfo).port;
afterAll(() => new Promise<void>((resolve) => gateway.close(() => resolve())));

const t = await startTestApp({ env: { SMS_URL: `http://127.0.0.1:${port}/sms` }, jobOptions: { backoffMs: 10 } });

/** The code in the newest SMS the gateway accepted for `phone`. */
async function codeSentTo(phone: string): Promise<string> {
  await t.deps.jobs.drain();
  const sms = deliveries.filter((d) => d.status === 202 && d.body.to === phone).at(-1);
  const code = /\b(\d{6})\b/.exec(sms?.body.text ?? '')?.[1];
  if (!code) throw new Error(`no SMS to ${phone}`);
  return code;
}

async function ownerWithTotp() {
  const owner = await signedInOwner(t);
  const setup = (await owner.client.post('/api/two-factor/totp/setup')).json();
  const confirm = await owner.client.post('/api/two-factor/totp/confirm', { code: oathtool(secretOf(setup.uri), t.clock.now()) });
  expect(confirm.statusCode).toBe(200);
  return owner;
}

describe('changing the phone number', () => {
  it('leaves the confirmed number in place when sending to the new one is refused', async () => {
    const owner = await ownerWithTotp();
    await owner.client.post('/api/two-factor/sms/phone', { phone: '0611111111' });
    const code = await codeSentTo('+31611111111');
    expect((await owner.client.post('/api/two-factor/sms/phone/confirm', { code })).statusCode).toBe(200);

    const refused = await owner.client.post('/api/two-factor/sms/phone', { phone: '0622222222' });
    expect([refused.statusCode, refused.json().code]).toEqual([429, 'RATE_LIMITED']);
    expect((await owner.client.get('/api/two-factor')).json().sms).toEqual({ phone: '+31611111111', verified: true });
  });

  it('does not confirm a number with a code that was sent to another one', async () => {
    const owner = await ownerWithTotp();
    await owner.client.post('/api/two-factor/sms/phone', { phone: '0633333333' });
    const codeForFirst = await codeSentTo('+31633333333');
    // Within the 30 seconds the second number gets no code, so the number on file must stay the
    // first one: otherwise the first number's code would confirm the second.
    expect((await owner.client.post('/api/two-factor/sms/phone', { phone: '0644444444' })).statusCode).toBe(429);
    expect((await owner.client.post('/api/two-factor/sms/phone/confirm', { code: codeForFirst })).statusCode).toBe(200);
    expect((await owner.client.get('/api/two-factor')).json().sms).toEqual({ phone: '+31633333333', verified: true });
  });
});

describe('gateway retries', () => {
  it('send the same reference every time, so the gateway can drop duplicates', async () => {
    const owner = await ownerWithTotp();
    failuresToGive = 1;
    const before = deliveries.length;
    await owner.client.post('/api/two-factor/sms/phone', { phone: '0655555555' });
    await t.deps.jobs.drain();
    for (let i = 0; i < 40 && !deliveries.slice(before).some((d) => d.status === 202); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      await t.deps.jobs.drain();
    }
    const attempts = deliveries.slice(before);
    expect(attempts.map((d) => d.status)).toEqual([503, 202]);
    expect(new Set(attempts.map((d) => d.body.reference)).size).toBe(1);
    expect(attempts[0]?.body.text).toBe(attempts[1]?.body.text);
  });
});
