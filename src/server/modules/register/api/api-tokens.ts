// "API-sleutels": the owner makes a token per booking or property-management system. The token
// is shown once: only its SHA-256 is stored (it has 256 bits of randomness, so a fast hash is
// enough), and its first characters stay visible to tell tokens apart. Revoking is immediate.
// Making and revoking are recorded in the audit log in the same transaction. Making one is a
// step-up action: a token reads every guest without a second factor, so a stolen session must
// not be enough to mint one. Each token names its maker; it works only while the maker may still
// make one (see token-repository.ts).
import type { Role } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import type { AuditAction } from '../../../../shared/audit-actions.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { randomHex, randomToken, sha256 } from '../../../platform/crypto.ts';
import { notFound } from '../../../platform/errors.ts';
import type { Db } from '../../../db/client.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { assertRecentSecondFactor } from '../../identity/two-factor/step-up.ts';
import { twoFactorOf } from '../../identity/two-factor/policy.ts';
import type { RegisterActor } from '../../identity/accommodation-actor.ts';
import { findApiToken, insertApiToken, listApiTokens, revokeApiToken, type ApiTokenRow, type TokenMaker } from './token-repository.ts';

/** "nr_" and 8 hex characters (shown in the list), then 43 base64url characters (256 bits). */
export const API_TOKEN_FORMAT = /^nr_[0-9a-f]{8}[A-Za-z0-9_-]{43}$/;

/** Who may make a token, and so whose tokens keep working. */
export const TOKEN_MAKER_ROLES: readonly Role[] = ['owner'];

export function apiTokenView(row: ApiTokenRow, maker: TokenMaker) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdBy: maker,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
export type ApiTokenView = ReturnType<typeof apiTokenView>;

function audit(tx: Db, deps: Deps, actor: RegisterActor, meta: RequestMeta, action: AuditAction, token: ApiTokenRow) {
  return recordAudit(tx, {
    action,
    occurredAt: deps.clock.now(),
    actorUserId: actor.userId,
    accommodationId: actor.accommodationId,
    municipalityId: actor.municipalityId,
    ip: meta.ip,
    details: { name: token.name, prefix: token.prefix },
  });
}

export async function apiTokensOf(deps: Deps, actor: RegisterActor): Promise<ApiTokenView[]> {
  return (await listApiTokens(deps.db, actor.accommodationId)).map((row) => apiTokenView(row, row.maker));
}

/** Makes a token; the answer is the only time the token itself is seen. */
export async function createApiToken(
  deps: Deps,
  session: ActiveSession,
  actor: RegisterActor,
  name: string,
  meta: RequestMeta,
): Promise<{ token: string; apiToken: ApiTokenView }> {
  assertRecentSecondFactor(deps, session, (await twoFactorOf(deps.db, session.user)).hasPrimaryFactor);
  const prefix = `nr_${randomHex(4)}`;
  const token = `${prefix}${randomToken(32)}`;
  const row = await deps.db.transaction(async (tx) => {
    const created = await insertApiToken(tx, {
      accommodationId: actor.accommodationId,
      name,
      prefix,
      tokenHash: sha256(token),
      createdBy: actor.userId,
      createdAt: deps.clock.now(),
    });
    await audit(tx, deps, actor, meta, 'register.api_token_created', created);
    return created;
  });
  return { token, apiToken: apiTokenView(row, { name: session.user.name, email: session.user.email }) };
}

/** Revokes a token of the actor's accommodation; revoking it again changes nothing. */
export async function revokeToken(deps: Deps, actor: RegisterActor, id: string, meta: RequestMeta): Promise<ApiTokenView> {
  return deps.db.transaction(async (tx) => {
    const token = await findApiToken(tx, actor.accommodationId, id);
    if (!token) throw notFound();
    if (token.revokedAt) return apiTokenView(token, token.maker);
    const revoked = (await revokeApiToken(tx, token.id, deps.clock.now())) ?? token;
    await audit(tx, deps, actor, meta, 'register.api_token_revoked', revoked);
    return apiTokenView(revoked, token.maker);
  });
}
