// A user for whom 2FA is mandatory and who has none reaches nothing but the set-up: checked for
// every route in the OpenAPI document, so a new route is covered the day it is added.
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { signedInOwner } from '../support/factories.ts';

const t = await startTestApp();

/** Routes open during the forced set-up (routes declared public are open to everyone anyway). */
const ALLOWED = new Set([
  'GET /api/two-factor',
  'POST /api/two-factor/totp/setup',
  'POST /api/two-factor/totp/confirm',
  'POST /api/two-factor/passkeys/registration-options',
  'POST /api/two-factor/passkeys',
  // After a reset: the code mailed to the account (never-password-alone.test.ts).
  'POST /api/two-factor/email-code',
  'POST /api/two-factor/email-code/verify',
]);

describe('forced 2FA set-up', () => {
  it('answers 403 TWO_FACTOR_SETUP_REQUIRED (or 401 for the 2FA step) on every other route', async () => {
    const owner = await signedInOwner(t);
    await owner.client.put('/api/accommodation/two-factor-policy', { required: true });
    const client = t.client();
    expect((await client.post('/api/sessions', owner.input)).json().status).toBe('two-factor-setup-required');

    const doc = (await t.client().get('/api/docs/json')).json<{
      paths: Record<string, Record<string, { 'x-access'?: { public: boolean; apiToken?: boolean } }>>;
    }>();
    const checked: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods).map(([m, op]) => [m.toUpperCase(), op] as const)) {
        // Booking-system routes take an API token, never a session (tenant-isolation checks their 401).
        if (operation['x-access']?.public || operation['x-access']?.apiToken) continue;
        if (ALLOWED.has(`${method} ${path}`) || !['GET', 'POST', 'PUT', 'DELETE'].includes(method)) continue;
        const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        const response = await client.request(method as 'GET', url, method === 'GET' ? undefined : {});
        expect([`${method} ${path}`, response.statusCode, response.json().code]).toEqual([`${method} ${path}`, 403, 'TWO_FACTOR_SETUP_REQUIRED']);
        checked.push(`${method} ${path}`);
      }
    }
    expect(checked).toContain('GET /api/session');
    expect(checked).toContain('PUT /api/accommodation');
    expect(checked.length).toBeGreaterThan(8);
  });
});
