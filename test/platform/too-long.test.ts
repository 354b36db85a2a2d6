// A text that is too long is refused with the field's maximum: the code stays TOO_LONG, and the
// answer says how many characters fit ({ code: 'TOO_LONG', maximum: 100 }), so every client can
// say "Maximaal 100 tekens" instead of only "too long".
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { registration, signedInOwner } from '../support/factories.ts';

const t = await startTestApp();

describe('a too long text', () => {
  it('names the maximum of a registration field', async () => {
    const response = await t.client().post('/api/registrations', registration(t, { companyName: 'x'.repeat(201) }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { companyName: { code: 'TOO_LONG', maximum: 200, message: 'Maximaal 200 tekens.' } },
    });
  });

  it('names the maximum of the account name, and a text that fits passes', async () => {
    const { client } = await signedInOwner(t);
    const tooLong = await client.put('/api/account', { name: 'x'.repeat(101) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().fields.name).toEqual({ code: 'TOO_LONG', maximum: 100, message: 'Maximaal 100 tekens.' });
    expect((await client.put('/api/account', { name: 'x'.repeat(100) })).statusCode).toBe(200);
  });

  it('keeps the other codes as they were, without a maximum', async () => {
    const response = await t.client().post('/api/registrations', registration(t, { companyName: '' }));
    expect(response.json().fields.companyName).toEqual({ code: 'REQUIRED', message: expect.any(String) });
  });
});
