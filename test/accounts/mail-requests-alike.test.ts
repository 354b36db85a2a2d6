// "Wachtwoord vergeten?" and "Ik heb geen code ontvangen." must not tell a known address from an
// unknown one: not by their answer, and not by the time the answer takes. Time is measured in
// bench/email-timing.ts; here the two properties behind it: the answers are byte for byte the
// same, and so is the work done before answering, as the queue in /metrics shows it (one job of
// the same kind, whatever the address; the look-up, the code and its mail come after the answer).
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { mailTo, randomEmail, registration, signedInOwner } from '../support/factories.ts';

const t = await startTestApp();

const ENDPOINTS = [
  { name: 'Wachtwoord vergeten?', url: '/api/password-resets', subject: 'Nieuw wachtwoord aanmaken voor het Nachtregister' },
  { name: 'Ik heb geen code ontvangen.', url: '/api/email-confirmations/resend', subject: 'Bevestig uw emailadres voor het Nachtregister' },
] as const;

/** A registered address that has not been confirmed yet: known to both endpoints, and mailed by both. */
async function unconfirmedAccount(): Promise<string> {
  const input = registration(t);
  expect((await t.client().post('/api/registrations', input)).statusCode).toBe(201);
  await mailTo(t, input.email);
  return input.email;
}

/** Each from a visitor of its own, as an outsider comparing two addresses would be. */
const ask = (url: string, email: string) => t.client().post(url, { email });

/** Status, headers and body; without the headers that differ per request whatever the address. */
function answer(response: LightMyRequestResponse) {
  const { date: _date, 'x-request-id': _requestId, ...headers } = response.headers;
  return { status: response.statusCode, headers, body: response.body };
}

/** Waiting jobs by kind and status, as an operator reads them in /metrics. */
async function queue(): Promise<Record<string, number>> {
  const text = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
  return Object.fromEntries(
    [...text.matchAll(/^nachtregister_jobs\{kind="([^"]+)",status="([^"]+)"\} (\d+)$/gm)].map(([, kind, status, count]) => [
      `${kind} ${status}`,
      Number(count),
    ]),
  );
}

/** What one request added to the queue before it was answered. */
async function queuedBy(request: () => Promise<LightMyRequestResponse>): Promise<Record<string, number>> {
  const before = await queue();
  expect((await request()).statusCode).toBe(202);
  const after = await queue();
  return Object.fromEntries(
    Object.entries(after)
      .map(([key, count]) => [key, count - (before[key] ?? 0)])
      .filter(([, added]) => added !== 0),
  );
}

describe.each(ENDPOINTS)('$name', ({ url, subject }) => {
  it('answers a known and an unknown address byte for byte alike: status, headers and body', async () => {
    const known = await unconfirmedAccount();
    const confirmed = (await signedInOwner(t)).input.email;
    const unknown = answer(await ask(url, randomEmail()));
    expect(unknown.status).toBe(202);
    expect(unknown.body).toBe('{"status":"accepted"}');
    expect(answer(await ask(url, known))).toEqual(unknown);
    expect(answer(await ask(url, confirmed))).toEqual(unknown);
  });

  it('does the same work before answering for a known and an unknown address: it queues one job of the same kind', async () => {
    const known = await unconfirmedAccount();
    const unknown = randomEmail();
    const mailed = async () => (await mailTo(t, known)).filter((m) => m.subject === subject).length;
    const mailedBefore = await mailed();
    const forKnown = await queuedBy(() => ask(url, known));
    const forUnknown = await queuedBy(() => ask(url, unknown));
    expect(forKnown).toEqual(forUnknown);
    expect(Object.values(forKnown)).toEqual([1]);
    // After the answer the job mails the known address only.
    expect(await mailed()).toBe(mailedBefore + 1);
    expect(await mailTo(t, unknown)).toEqual([]);
  });
});
