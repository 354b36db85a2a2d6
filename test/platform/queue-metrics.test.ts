// What an operator watches in /metrics for message delivery: messages waiting by kind, the age of
// the oldest one, and whether the database answered.
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { registration } from '../support/factories.ts';

const t = await startTestApp();

const metric = (text: string, name: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith(name))
    .map((line) => line.trim());

describe('queue metrics', () => {
  it('counts the mail waiting for delivery and its age, and shows none once delivered', async () => {
    expect((await t.client().post('/api/registrations', registration(t))).statusCode).toBe(201);
    t.clock.advance(1_000);
    const waiting = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metric(waiting, 'nachtregister_database_up')).toEqual(['nachtregister_database_up 1']);
    expect(metric(waiting, 'nachtregister_jobs{')).toEqual(['nachtregister_jobs{kind="mail.send",status="pending"} 1']);
    const [age] = metric(waiting, 'nachtregister_jobs_oldest_pending_seconds ');
    expect(Number(age?.split(' ')[1])).toBeGreaterThanOrEqual(0);

    expect(await t.deps.jobs.drain()).toBe(1);
    const delivered = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metric(delivered, 'nachtregister_jobs{')).toEqual([]);
    expect(metric(delivered, 'nachtregister_jobs_oldest_pending_seconds ')).toEqual(['nachtregister_jobs_oldest_pending_seconds 0']);
  });
});
