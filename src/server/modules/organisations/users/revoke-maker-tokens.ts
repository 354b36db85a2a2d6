// When a user loses the access it takes to make API tokens (deactivated, no longer an owner), the
// tokens they made (register/api) are revoked for good, in the transaction of that change: the look-up at use
// would refuse them anyway, but a reactivated or promoted account must not bring old tokens back
// to life. Each token gets its audit event, and the remaining owners of each accommodation learn
// which booking systems lost their access.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { apiTokens } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudits } from '../../../platform/audit.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { apiTokensRevokedMail, type TokenMakerLoss } from '../../../platform/mail/templates.ts';
import { findAccommodationView } from '../accommodations/repository.ts';
import { activeOwnersOf } from './owners.ts';

type ApiTokenRow = typeof apiTokens.$inferSelect;

interface MakerLostAccess {
  maker: { id: string; name: string | null; email: string };
  actorUserId: string;
  loss: TokenMakerLoss;
}

function byAccommodation(tokens: ApiTokenRow[]): Map<string, ApiTokenRow[]> {
  const grouped = new Map<string, ApiTokenRow[]>();
  for (const token of tokens) grouped.set(token.accommodationId, [...(grouped.get(token.accommodationId) ?? []), token]);
  return grouped;
}

/** Revokes the maker's tokens inside `tx`; the caller kicks the job worker after committing. */
export async function revokeTokensOfMaker(tx: Db, deps: Deps, change: MakerLostAccess, meta: RequestMeta): Promise<void> {
  const now = deps.clock.now();
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.createdBy, change.maker.id), isNull(apiTokens.revokedAt)))
    .returning();
  if (revoked.length === 0) return;
  await recordAudits(
    tx,
    revoked.map((token) => ({
      action: 'register.api_token_revoked' as const,
      occurredAt: now,
      actorUserId: change.actorUserId,
      subjectUserId: change.maker.id,
      accommodationId: token.accommodationId,
      ip: meta.ip,
      details: { name: token.name, prefix: token.prefix, reason: `maker_${change.loss}` },
    })),
  );
  for (const [id, tokens] of byAccommodation(revoked)) {
    const companyName = (await findAccommodationView(tx, id))?.companyName ?? '';
    const owners = (await activeOwnersOf(tx, id)).filter((owner) => owner.id !== change.maker.id);
    for (const owner of owners) {
      await sendMail(
        tx,
        deps.cipher,
        apiTokensRevokedMail(owner.email, {
          company: companyName,
          maker: change.maker.name ? `${change.maker.name} (${change.maker.email})` : change.maker.email,
          loss: change.loss,
          tokens: tokens.map((token) => token.name),
          url: `${deps.config.publicUrl}/app/register/api`,
        }),
      );
    }
  }
}
