// The idle period as the web app sees it: every answer to a signed-in request says how many seconds
// the session has left (x-session-idle-seconds), and "Ingelogd blijven" (POST
// /api/session/keep-alive) starts the idle period again, even right after another request.
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { signedInOwner } from '../support/factories.ts';

const t = await startTestApp();
const shortIdle = await startTestApp({ env: { SESSION_IDLE_MINUTES: '1' } });

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const IDLE_HEADER = 'x-session-idle-seconds';

describe('the seconds a session has left', () => {
  it('are told on every answer to a signed-in request, counting from the last request the server noted', async () => {
    const { client } = await signedInOwner(t);
    expect((await client.get('/api/session')).headers[IDLE_HEADER]).toBe('1800');

    t.clock.advance(10 * MINUTE);
    expect((await client.get('/api/register/settings')).headers[IDLE_HEADER]).toBe('1800');

    // Within a minute of the last noted request the server does not write again; the answer says
    // what is really left.
    t.clock.advance(30 * SECOND);
    expect((await client.get('/api/session')).headers[IDLE_HEADER]).toBe('1770');
  });

  it('are not told without a signed-in session, nor when signing out', async () => {
    const anonymous = t.client();
    const refused = await anonymous.get('/api/session');
    expect(refused.statusCode).toBe(401);
    expect(refused.headers[IDLE_HEADER]).toBeUndefined();

    const { client } = await signedInOwner(t);
    const signedOut = await client.delete('/api/session');
    expect(signedOut.statusCode).toBe(204);
    expect(signedOut.headers[IDLE_HEADER]).toBeUndefined();
  });
});

describe('"Ingelogd blijven" (POST /api/session/keep-alive)', () => {
  it('starts the idle period again, so the session outlives its first idle deadline', async () => {
    const { client } = await signedInOwner(t);
    t.clock.advance(29 * MINUTE);
    const kept = await client.post('/api/session/keep-alive');
    expect(kept.statusCode).toBe(200);
    expect(kept.json()).toEqual({ idleSecondsLeft: 1800 });
    expect(kept.headers[IDLE_HEADER]).toBe('1800');

    t.clock.advance(29 * MINUTE);
    expect((await client.get('/api/session')).statusCode).toBe(200);
  });

  it('counts even within a minute of another request, where an ordinary request would not', async () => {
    const { client } = await signedInOwner(shortIdle);
    shortIdle.clock.advance(50 * SECOND);
    const kept = await client.post('/api/session/keep-alive');
    expect(kept.json()).toEqual({ idleSecondsLeft: 60 });

    // 100 seconds after signing in, 50 after "Ingelogd blijven": within the 1-minute idle period.
    shortIdle.clock.advance(50 * SECOND);
    expect((await client.get('/api/session')).statusCode).toBe(200);
  });

  it('cannot bring an ended session back', async () => {
    const { client } = await signedInOwner(t);
    t.clock.advance(31 * MINUTE);
    const response = await client.post('/api/session/keep-alive');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('NOT_AUTHENTICATED');
  });

  it('is refused without a session, and without the CSRF token', async () => {
    const anonymous = await t.client().post('/api/session/keep-alive');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('NOT_AUTHENTICATED');

    const { client } = await signedInOwner(t);
    const cookie = `nr_session=${client.cookie('nr_session') ?? ''}`;
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/session/keep-alive',
      headers: { cookie, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().code).toBe('CSRF_INVALID');
  });
});
