// Test data through the public API: each call makes its own random email, so tests never
// share state.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { accommodationMembers, users } from '../../src/server/db/schema.ts';
import { hashPassword } from '../../src/server/platform/passwords.ts';
import type { TestApp } from './app.ts';
import type { TestClient } from './client.ts';
import { createOperatorAccount } from '../../src/server/modules/organisations/users/create-operator-account.ts';
import { oathtool, secretOf } from './totp.ts';

export const STRONG_PASSWORD = 'paarden eten graag hooi bij de molen';

export function randomEmail(): string {
  return `user-${randomBytes(5).toString('hex')}@example.nl`;
}

/** A valid registration form for an accommodation in `municipalityId`, with a random email. */
export function registrationInput(municipalityId: string | undefined, overrides: Record<string, unknown> = {}) {
  return {
    companyName: 'Hotel De Gouden Leeuw',
    address: 'Markt 1',
    postcode: '7001 AB',
    city: 'Doetinchem',
    kvkNumber: '12345678',
    phone: '0612345678',
    beds: 24,
    accommodationType: 'hotel',
    municipalityId,
    email: randomEmail(),
    password: STRONG_PASSWORD,
    ...overrides,
  };
}

export function registration(t: TestApp, overrides: Record<string, unknown> = {}) {
  return registrationInput(t.municipalities[0]?.id, overrides);
}

interface OutboxMessage {
  id: number;
  channel: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Delivers queued mail and returns the messages kept for `to`, newest first. */
export async function mailTo(t: TestApp, to: string): Promise<OutboxMessage[]> {
  await t.deps.jobs.drain();
  const response = await t.client().get('/api/dev/outbox');
  return response.json<{ messages: OutboxMessage[] }>().messages.filter((m) => m.to === to);
}

export function codeFrom(message: OutboxMessage | undefined): string {
  const code = /code=([0-9a-f]{48})/.exec(message?.text ?? '')?.[1];
  if (!code) throw new Error(`no code in mail: ${message?.text}`);
  return code;
}

/** Registers, confirms the email and signs in; returns the signed-in client. */
export async function signedInOwner(t: TestApp, overrides: Record<string, unknown> = {}) {
  const input = registration(t, overrides);
  const client = t.client();
  expect((await client.post('/api/registrations', input)).statusCode).toBe(201);
  const [mail] = await mailTo(t, input.email);
  expect((await client.post('/api/email-confirmations', { code: codeFrom(mail) })).statusCode).toBe(200);
  const login = await client.post('/api/sessions', { email: input.email, password: input.password });
  expect(login.statusCode).toBe(200);
  return { client: client as TestClient, input };
}

/**
 * An account made by the operator CLI's use case (admin, municipality user, inspector), its
 * password chosen through the emailed-link page, and 2FA set up as forced at first sign-in.
 */
export async function signedInOperatorAccount(
  t: TestApp,
  role: 'admin' | 'municipality' | 'inspector',
  municipality = 'GM0222',
) {
  const email = randomEmail();
  const link = await createOperatorAccount(t.deps.db, t.deps.config.publicUrl, { email, role, municipality }, t.clock.now());
  const code = new URL(link).searchParams.get('code');
  const client = t.client();
  expect((await client.post('/api/password-resets/confirm', { code, password: STRONG_PASSWORD })).statusCode).toBe(200);
  const login = await client.post('/api/sessions', { email, password: STRONG_PASSWORD });
  expect(login.json()).toEqual({ status: 'two-factor-setup-required' });
  const setup = (await client.post('/api/two-factor/totp/setup')).json<{ uri: string }>();
  const secret = secretOf(setup.uri);
  expect((await client.post('/api/two-factor/totp/confirm', { code: oathtool(secret, t.clock.now()) })).statusCode).toBe(200);
  return { client, email, secret };
}

/**
 * A confirmed staff user of the owner's accommodation. Inviting staff through the application is
 * the organisations module's job; until then the factory writes the row directly.
 */
export async function staffUserOf(t: TestApp, ownerEmail: string) {
  const [owner] = await t.deps.db.select().from(users).where(eq(users.email, ownerEmail));
  if (!owner?.accommodationId) throw new Error(`no owner ${ownerEmail}`);
  const email = randomEmail();
  const [user] = await t.deps.db
    .insert(users)
    .values({
      email,
      role: 'staff',
      accommodationId: owner.accommodationId,
      passwordHash: await hashPassword(STRONG_PASSWORD),
      emailConfirmedAt: t.clock.now(),
    })
    .returning({ id: users.id });
  if (!user) throw new Error('no staff user');
  await t.deps.db.insert(accommodationMembers).values({ userId: user.id, accommodationId: owner.accommodationId });
  return { email, password: STRONG_PASSWORD };
}
