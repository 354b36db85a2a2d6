// Registers an accommodation and its owner account, and mails the confirmation code. An email
// that already has an account gets the very same answer (no enumeration); its owner is told
// by mail that someone tried.
import type { z } from 'zod';
import type { registrationSchema } from '../../../../shared/schemas/accounts.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { accommodationMembers, users } from '../../../db/schema.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { fieldError, isUniqueViolation } from '../../../platform/errors.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { alreadyRegisteredMail, confirmEmailMail } from '../../../platform/mail/templates.ts';
import { hashPassword } from '../../../platform/passwords.ts';
import { findMunicipality } from '../../organisations/municipalities/repository.ts';
import { insertAccommodation } from '../../organisations/accommodations/repository.ts';
import { issueCode } from '../../identity/one-time-codes.ts';
import { assertStrongPassword } from '../../identity/password-policy.ts';
import { findUserByEmail } from '../../identity/users.repository.ts';

export type Registration = z.output<typeof registrationSchema>;

export async function registerAccommodation(deps: Deps, input: Registration, meta: RequestMeta): Promise<void> {
  const { email, password, municipalityId, ...details } = input;
  assertStrongPassword(password, [email, details.companyName, details.address, details.city]);
  const municipality = await findMunicipality(deps.db, municipalityId);
  if (!municipality?.active) throw fieldError('municipalityId', 'MUNICIPALITY_INVALID');

  // Hash before looking the email up, so both outcomes cost the same time.
  const passwordHash = await hashPassword(password);
  const now = deps.clock.now();
  const existing = await findUserByEmail(deps.db, email);
  if (existing) return notifyExistingAccount(deps, existing.id, email, meta);

  try {
    await deps.db.transaction(async (tx) => {
      const status = municipality.approvalRequired ? 'pending' : 'approved';
      const accommodationId = await insertAccommodation(tx, { ...details, municipalityId, status, createdAt: now });
      const [user] = await tx.insert(users).values({ email, passwordHash, role: 'owner', accommodationId }).returning({ id: users.id });
      if (!user) throw new Error('insert returned no row');
      await tx.insert(accommodationMembers).values({ userId: user.id, accommodationId });
      const code = await issueCode(tx, user.id, 'email_confirmation', now);
      await sendMail(tx, deps.cipher, confirmEmailMail(email, `${deps.config.publicUrl}/code-invullen?code=${code}`, code));
      await recordAudit(tx, {
        action: 'account.registered',
        occurredAt: now,
        actorUserId: user.id,
        subjectUserId: user.id,
        accommodationId,
        municipalityId,
        ip: meta.ip,
      });
    });
  } catch (error) {
    // Two registrations of one email at the same moment: the loser is an existing account.
    if (isUniqueViolation(error)) {
      const winner = await findUserByEmail(deps.db, email);
      if (winner) return notifyExistingAccount(deps, winner.id, email, meta);
    }
    throw error;
  }
  deps.jobs.kick();
}

async function notifyExistingAccount(deps: Deps, userId: string, email: string, meta: RequestMeta): Promise<void> {
  // At most a few notices per address, so the form cannot be used to flood someone's inbox.
  const { count } = await deps.limiter.hit(`register-notice:${email}`, deps.limits.emailRequestPerAccount.windowMs);
  await deps.db.transaction(async (tx) => {
    if (count <= deps.limits.emailRequestPerAccount.max) {
      const base = deps.config.publicUrl;
      await sendMail(tx, deps.cipher, alreadyRegisteredMail(email, `${base}/inloggen`, `${base}/wachtwoord-vergeten`));
    }
    await recordAudit(tx, {
      action: 'account.registration_attempt_existing_email',
      occurredAt: deps.clock.now(),
      subjectUserId: userId,
      ip: meta.ip,
    });
  });
  deps.jobs.kick();
}
