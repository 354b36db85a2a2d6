// A stopping instance (SIGTERM) finishes the message it is sending and leaves the rest of the
// queue in the database for the other instances or its next start, instead of working through
// the whole backlog before it may exit.
import { afterAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { registration } from '../support/factories.ts';
import { startSmtpSink } from '../support/smtp.ts';

let holdFirst = true;
let firstArrived: () => void = () => undefined;
let releaseFirst: () => void = () => undefined;
const arrived = new Promise<void>((resolve) => (firstArrived = resolve));
const released = new Promise<void>((resolve) => (releaseFirst = resolve));
const inbox = await startSmtpSink(0, {
  beforeAnswer: async () => {
    if (!holdFirst) return;
    holdFirst = false;
    firstArrived();
    await released;
  },
});
afterAll(() => inbox.close());
const t = await startTestApp({ env: { SMTP_URL: inbox.url } });

describe('the job worker when its instance stops', () => {
  it('finishes the message in hand and leaves the backlog queued, to be delivered once later', async () => {
    for (let i = 0; i < 5; i++) expect((await t.client().post('/api/registrations', registration(t))).statusCode).toBe(201);

    t.deps.jobs.start();
    await arrived;
    const stopped = t.deps.jobs.stop();
    releaseFirst();
    await stopped;
    expect(inbox.messages).toHaveLength(1);

    // Whoever runs the queue next delivers the other four, each once.
    expect(await t.deps.jobs.drain()).toBe(4);
    expect(inbox.messages).toHaveLength(5);
    expect(new Set(inbox.messages.map((m) => m.messageId)).size).toBe(5);
  });
});
