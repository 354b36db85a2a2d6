// Accounts an operator creates from the command line: admins, municipality users and
// inspectors. They get no password: the returned one-time link lets them choose one.
import { eq } from 'drizzle-orm';
import { email as emailField } from '../../../../shared/schemas/fields.ts';
import type { Db } from '../../../db/client.ts';
import { municipalities, users } from '../../../db/schema.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { systemClock } from '../../../platform/clock.ts';
import { issueCode } from '../../identity/one-time-codes.ts';
import { findUserByEmail } from '../../identity/users.repository.ts';

export class AccountSetupError extends Error {}

/** Creates an account without a password and returns the one-time link to choose one. */
export async function createOperatorAccount(
  db: Db,
  publicUrl: string,
  options: { email: string | undefined; role: 'admin' | 'municipality' | 'inspector'; municipality?: string },
  now: Date = systemClock.now(),
): Promise<string> {
  const parsed = emailField.safeParse(options.email ?? '');
  if (!parsed.success) throw new AccountSetupError('--email with a valid email address is required');
  const email = parsed.data;
  if (await findUserByEmail(db, email)) throw new AccountSetupError(`an account for ${email} already exists`);
  let municipalityId: string | null = null;
  if (options.role !== 'admin') {
    const code = (options.municipality ?? '').toUpperCase().replace(/^(\d{4})$/, 'GM$1');
    const [m] = await db.select().from(municipalities).where(eq(municipalities.cbsCode, code));
    if (!m) throw new AccountSetupError(`--municipality must be the CBS code of a known municipality (got "${options.municipality ?? ''}")`);
    municipalityId = m.id;
  }
  const code = await db.transaction(async (tx) => {
    const [user] = await tx.insert(users).values({ email, role: options.role, municipalityId, emailConfirmedAt: now, name: email }).returning({ id: users.id });
    if (!user) throw new Error('insert returned no row');
    await recordAudit(tx, {
      action: options.role === 'admin' ? 'admin.created' : 'user.created',
      occurredAt: now,
      subjectUserId: user.id,
      municipalityId,
      details: { via: 'cli', role: options.role },
    });
    return issueCode(tx, user.id, 'password_reset', now);
  });
  return `${publicUrl}/code-ontvangen?code=${code}`;
}
