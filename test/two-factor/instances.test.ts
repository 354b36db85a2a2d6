// Two app instances on one database (as in production behind a load balancer): a code used on
// one is refused on the other, and a session made on one is valid on the other.
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { startTestApp, testConfig } from '../support/app.ts';
import { TestClient } from '../support/client.ts';
import { signedInOwner } from '../support/factories.ts';
import { oathtool, secretOf } from '../support/totp.ts';

const a = await startTestApp();
const secretKey = a.deps.config.secretKey ?? '';
const b = await buildApp(testConfig({ SECRET_KEY: secretKey }), { database: a.deps.database, clock: a.clock, startWorker: false });
await b.app.ready();
afterAll(() => b.app.close());

describe('two instances', () => {
  it('refuse on one a TOTP code already used on the other', async () => {
    const owner = await signedInOwner(a);
    const setup = (await owner.client.post('/api/two-factor/totp/setup')).json();
    const secret = secretOf(setup.uri);
    await owner.client.post('/api/two-factor/totp/confirm', { code: oathtool(secret, a.clock.now()) });
    a.clock.advance(30_000);
    const code = oathtool(secret, a.clock.now());

    const onA = a.client();
    await onA.post('/api/sessions', owner.input);
    const onB = new TestClient(b.app, '10.9.9.9');
    await onB.post('/api/sessions', owner.input);
    const [first, second] = await Promise.all([onA.post('/api/two-factor/totp/verify', { code }), onB.post('/api/two-factor/totp/verify', { code })]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 400]);
  });

  it('share sessions', async () => {
    const owner = await signedInOwner(a);
    const cookie = owner.client.cookie('nr_session');
    const response = await b.app.inject({ method: 'GET', url: '/api/session', cookies: { nr_session: cookie ?? '' } });
    expect(response.json().user.email).toBe(owner.input.email);
  });
});
