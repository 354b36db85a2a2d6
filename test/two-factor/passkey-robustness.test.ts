// Robustness of the passkey routes against hostile answers: whatever arrives in place of the
// browser's answer (wrong types, garbage in the right format, a valid answer with one byte
// changed), the reply is a success or a coded 4xx, never a 5xx; and an answer with a changed
// signed byte never signs anyone in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../src/server/deps.ts';
import { ERROR_CODES } from '../../src/shared/error-codes.ts';
import { startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { signedInOwner } from '../support/factories.ts';
import { SoftwareAuthenticator } from '../support/webauthn.ts';

// Every refused answer counts toward the slow-down; here that would stop the runs early.
const t = await startTestApp({
  limits: { ...defaultLimits, loginFreeFailures: 1_000_000, loginAccountFreeFailures: 1_000_000, twoFactorAttemptsPerStep: 1_000_000 },
});
const origin = t.deps.config.publicUrl;
const RUNS = 60;

const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '\u0000', 'x'.repeat(70_000), '__proto__', 'public-key', 'AAAA', '====', null, true, 0, -1, 1e308),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('base64url')),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 12 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** A copy of `body` with the value at `path` replaced. */
function withValue(body: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
  return copy;
}

/** A base64url field with one byte changed, or cut short. */
/**
 * `onlyValueBytes`: change a byte of the signature's last 32 bytes (the value of s). A changed byte
 * in the DER wrapper (a length or tag) may leave r and s, and so a valid signature, unchanged:
 * the same signature re-encoded, not a forgery.
 */
function damaged(field: string, at: number, xor: number, cut: boolean, onlyValueBytes = false): string {
  const bytes = Buffer.from(field, 'base64url');
  if (cut) return bytes.subarray(0, at % bytes.length).toString('base64url');
  const i = onlyValueBytes ? bytes.length - 1 - (at % 32) : at % bytes.length;
  bytes[i] = (bytes[i] ?? 0) ^ (xor || 1);
  return bytes.toString('base64url');
}

/** A replaced field may happen to hold a valid value (a name, `true`); then success is right. */
function expectAcceptedOrCoded4xx(response: { statusCode: number; json(): { code?: unknown } }) {
  if (response.statusCode >= 200 && response.statusCode < 300) return;
  expectCoded4xx(response);
}

function expectCoded4xx(response: { statusCode: number; json(): { code?: unknown } }) {
  expect(response.statusCode).toBeGreaterThanOrEqual(400);
  expect(response.statusCode).toBeLessThan(500);
  expect(ERROR_CODES).toContain(response.json().code);
}

const REGISTRATION_FIELDS = [
  ['name'],
  ['response'],
  ['response', 'id'],
  ['response', 'rawId'],
  ['response', 'type'],
  ['response', 'authenticatorAttachment'],
  ['response', 'response'],
  ['response', 'response', 'clientDataJSON'],
  ['response', 'response', 'attestationObject'],
  ['response', 'response', 'transports'],
];

const AUTHENTICATION_FIELDS = [
  ['response'],
  ['response', 'id'],
  ['response', 'rawId'],
  ['response', 'type'],
  ['response', 'response'],
  ['response', 'response', 'clientDataJSON'],
  ['response', 'response', 'authenticatorData'],
  ['response', 'response', 'signature'],
  ['response', 'response', 'userHandle'],
  ['rememberDevice'],
];

async function registrationBody(client: TestClient, authenticator: SoftwareAuthenticator) {
  const options = (await client.post('/api/two-factor/passkeys/registration-options')).json();
  return { name: 'Laptop', response: authenticator.register(options) };
}

/** An owner with a passkey, at the 2FA step of a new sign-in; `answer` asks for options and signs them. */
async function atTheSignInStep() {
  const owner = await signedInOwner(t);
  const authenticator = new SoftwareAuthenticator(origin);
  expect((await owner.client.post('/api/two-factor/passkeys', await registrationBody(owner.client, authenticator))).statusCode).toBe(201);
  const client = t.client();
  expect((await client.post('/api/sessions', owner.input)).json().status).toBe('two-factor-required');
  const answer = async () => {
    const options = (await client.post('/api/two-factor/passkeys/authentication-options')).json();
    return { response: authenticator.authenticate(options) };
  };
  return { client, answer };
}

describe('passkey routes under hostile input', () => {
  it('answers a registration with any value in any field without a 5xx', async () => {
    const { client } = await signedInOwner(t);
    const authenticator = new SoftwareAuthenticator(origin);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...REGISTRATION_FIELDS), weirdValue, async (path, value) => {
        const body = withValue(await registrationBody(client, authenticator), path, value);
        expectAcceptedOrCoded4xx(await client.post('/api/two-factor/passkeys', body));
      }),
      { numRuns: RUNS },
    );
  });

  it('answers a registration with one byte changed or cut short without a 5xx', async () => {
    const { client } = await signedInOwner(t);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('clientDataJSON', 'attestationObject'),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        fc.boolean(),
        async (field, at, xor, cut) => {
          const body = await registrationBody(client, new SoftwareAuthenticator(origin));
          body.response.response[field] = damaged(body.response.response[field], at, xor, cut);
          // A changed byte inside the public key may still make a key: accepted is fine.
          expectAcceptedOrCoded4xx(await client.post('/api/two-factor/passkeys', body));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('answers a passkey sign-in with any value in any field without a 5xx', async () => {
    const { client, answer } = await atTheSignInStep();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...AUTHENTICATION_FIELDS), weirdValue, async (path, value) => {
        expectAcceptedOrCoded4xx(await client.post('/api/two-factor/passkeys/verify', withValue(await answer(), path, value)));
      }),
      { numRuns: RUNS },
    );
  });

  it('never signs in with an answer of which one byte was changed or that was cut short', async () => {
    const { client, answer } = await atTheSignInStep();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('clientDataJSON', 'authenticatorData', 'signature'),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        fc.boolean(),
        async (field, at, xor, cut) => {
          const body = await answer();
          body.response.response[field] = damaged(body.response.response[field], at, xor, cut, field === 'signature');
          expectCoded4xx(await client.post('/api/two-factor/passkeys/verify', body));
        },
      ),
      { numRuns: RUNS },
    );
    // The untouched answer still works: the refusals above were about the damage.
    expect((await client.post('/api/two-factor/passkeys/verify', await answer())).json()).toEqual({ status: 'signed-in' });
  });
});
