// The code from the app, at the sign-in step ("Tweefactorcode") or as a step-up. A time step is
// accepted once per user: the conditional UPDATE is atomic, so a code replayed on another app
// instance at the same moment is refused too.
import { and, eq, lt } from 'drizzle-orm';
import { totpCredentials } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { AppError } from '../../../platform/errors.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { assertMayTry, factorFailed, factorProven, type Proven } from '../challenge.ts';
import { matchingStep, totpFor } from './totp.ts';

export async function verifyTotp(deps: Deps, session: ActiveSession, input: { code: string; rememberDevice?: boolean }, meta: RequestMeta): Promise<Proven> {
  await assertMayTry(deps, session, meta);
  const [credential] = await deps.db.select().from(totpCredentials).where(eq(totpCredentials.userId, session.user.id)).limit(1);
  if (!credential) return factorFailed(deps, session, 'totp', meta);
  const secret = deps.cipher.decrypt(credential.secretEncrypted);
  const step = matchingStep(totpFor(session.user.email, secret), input.code, deps.clock.now());
  if (step === undefined) return factorFailed(deps, session, 'totp', meta);
  const claimed = await deps.db
    .update(totpCredentials)
    .set({ lastUsedStep: step })
    .where(and(eq(totpCredentials.userId, session.user.id), lt(totpCredentials.lastUsedStep, step)))
    .returning({ userId: totpCredentials.userId });
  // Right, but its time step was used already: say so, the user waits for the next code.
  if (claimed.length === 0) return factorFailed(deps, session, 'totp', meta, new AppError('TOTP_CODE_USED'));
  return factorProven(deps, session, 'totp', meta, { rememberDevice: input.rememberDevice });
}
