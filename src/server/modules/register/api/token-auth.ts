// Who calls the booking-system API: the accommodation of a valid, unrevoked API token whose maker
// may still make one (a maker deactivated, made staff or no longer working for the accommodation
// leaves a token that answers as unknown). The guard (identity/access.ts) has
// already refused requests without a bearer token; this hook looks the token up by its hash,
// limits its rate (and says so in RateLimit-* headers), notes when it was last used, and drops any session the request carried, so
// the token routes can never act on a browser's cookie. Every 401 of these routes names the
// scheme a client must use (RFC 6750).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../../deps.ts';
import { sha256 } from '../../../platform/crypto.ts';
import { AppError } from '../../../platform/errors.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import { bearerToken } from '../../identity/access.ts';
import { API_TOKEN_FORMAT, TOKEN_MAKER_ROLES } from './api-tokens.ts';
import { findUsableTokenByHash, markTokenUsed } from './token-repository.ts';

export interface ApiClient {
  tokenId: string;
  accommodationId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    apiClient: ApiClient | undefined;
  }
}

/** "Last used" is a day-to-day hint, not a log: one write a minute per token is plenty. */
const LAST_USED_RESOLUTION_MS = 60_000;

const invalidToken = () => new AppError('API_TOKEN_INVALID');

export function authenticateApiToken(deps: Deps) {
  const { apiTokenRequests: limit } = deps.limits;
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    request.session = undefined;
    const token = bearerToken(request);
    if (!token || !API_TOKEN_FORMAT.test(token)) throw invalidToken();
    const found = await findUsableTokenByHash(deps.db, sha256(token), TOKEN_MAKER_ROLES);
    if (!found) throw invalidToken();
    // All tokens of the accommodation together first: an owner may make several, not a bigger rate.
    await enforceLimit(deps.limiter, `api-accommodation:${found.accommodationId}`, deps.limits.apiAccommodationRequests);
    // The token's limit in the RateLimit header fields (IETF draft), on every answer, the 429 included.
    await enforceLimit(deps.limiter, `api-token:${found.id}`, limit, (state) => {
      void reply.headers({
        'ratelimit-policy': `${limit.max};w=${Math.ceil(limit.windowMs / 1000)}`,
        'ratelimit-limit': String(state.limit),
        'ratelimit-remaining': String(state.remaining),
        'ratelimit-reset': String(state.resetSeconds),
      });
    });
    const now = deps.clock.now();
    if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
      await markTokenUsed(deps.db, found.id, now);
    }
    request.apiClient = { tokenId: found.id, accommodationId: found.accommodationId };
  };
}

/** `error="invalid_token"` only when a token was sent: a request without one gets the bare challenge. */
const CHALLENGE = 'Bearer realm="nachtregister"';
const REFUSED = `${CHALLENGE}, error="invalid_token"`;

/** An onSend hook: a refused request learns that the API wants a bearer token, and whether it sent a wrong one. */
export async function bearerChallenge(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (reply.statusCode === 401) void reply.header('www-authenticate', bearerToken(request) ? REFUSED : CHALLENGE);
  return payload;
}

/** The caller of a token route; the hook has run, so a missing one is a wiring mistake. */
export function apiClientOf(request: FastifyRequest): ApiClient {
  if (!request.apiClient) throw invalidToken();
  return request.apiClient;
}
