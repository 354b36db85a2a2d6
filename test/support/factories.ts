// Test data through the public API: each call makes its own random email, so tests never
// share state.
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
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
  const ofApp = owners.get(t) ?? new Map();
  owners.set(t, ofApp);
  ofApp.set(input.email, client);
  return { client: client as TestClient, input };
}

/**
 * An account made by the operator CLI's use case (admin, municipality user, inspector), its
 * password chosen through the emailed-link page, and 2FA set up as forced at first sign-in.
 */
export async function signedInOperatorAccount(t: TestApp, role: 'admin' | 'municipality' | 'inspector', municipality = 'GM0222') {
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
 * A staff user of the owner's accommodation, made as the application makes one: the owner invites
 * the address and the invitee accepts through the mailed link, choosing a name and a password.
 * The owner acts through the signed-in client `signedInOwner` gave them while it still works as
 * that owner, or else through a new sign-in with the factories' password.
 */
export async function staffUserOf(t: TestApp, ownerEmail: string) {
  const owner = await ownerClient(t, ownerEmail);
  const email = randomEmail();
  const invited = await owner.post('/api/invitations', { email, role: 'staff' });
  expect(invited.statusCode, `inviting staff: ${invited.body}`).toBe(201);
  const [mail] = await mailTo(t, email);
  const token = /uitnodiging\?token=([0-9a-f]{64})/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`no invitation in mail: ${mail?.text}`);
  const accepted = await t.client().post('/api/invitations/accept', { token, name: 'Bram Balie', password: STRONG_PASSWORD });
  expect(accepted.statusCode, `accepting the invitation: ${accepted.body}`).toBe(201);
  return { email, password: STRONG_PASSWORD };
}

/** The signed-in clients `signedInOwner` made, per app and owner address. */
const owners = new WeakMap<TestApp, Map<string, TestClient>>();

async function ownerClient(t: TestApp, email: string): Promise<TestClient> {
  const known = owners.get(t)?.get(email);
  if (known) {
    const session = await known.get('/api/session');
    const user = session.statusCode === 200 ? session.json<{ user?: { email?: string; role?: string } }>().user : undefined;
    if (user?.email === email && user.role === 'owner') return known;
  }
  const client = t.client();
  const login = await client.post('/api/sessions', { email, password: STRONG_PASSWORD });
  expect(login.json(), `signing in as owner ${email}`).toMatchObject({ status: 'signed-in' });
  return client;
}
