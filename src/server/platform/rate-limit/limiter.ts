// Fixed-window counters shared by every app instance: in Redis when REDIS_URL is set, otherwise
// in PostgreSQL. Used directly by services (per-account limits) and, through fastifyStore(), by
// @fastify/rate-limit for per-IP limits on routes.
import { sql } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import { queryRows, type Db } from '../../db/client.ts';
import type { Clock } from '../clock.ts';
import { AppError } from '../errors.ts';

export interface Hit {
  count: number;
  ttlMs: number;
}

export interface RateLimiter {
  hit(key: string, windowMs: number): Promise<Hit>;
}

export interface Limit {
  max: number;
  windowMs: number;
}

/** Where a limit stands after an attempt: what a client may still send, and when the window resets. */
export interface LimitState {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

/**
 * Counts one attempt under `key`; throws 429 RATE_LIMITED (with Retry-After) once the limit is
 * exceeded, and otherwise says where the limit stands.
 */
export async function enforceLimit(limiter: RateLimiter, key: string, limit: Limit, onState?: (state: LimitState) => void): Promise<LimitState> {
  const { count, ttlMs } = await limiter.hit(key, limit.windowMs);
  const state = { limit: limit.max, remaining: Math.max(0, limit.max - count), resetSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
  onState?.(state);
  if (count > limit.max) throw new AppError('RATE_LIMITED', { retryAfterSeconds: state.resetSeconds });
  return state;
}

export function postgresLimiter(db: Db, clock: Clock): RateLimiter {
  return {
    async hit(key, windowMs) {
      const now = clock.now();
      const expires = new Date(now.getTime() + windowMs);
      const [row] = await queryRows<{ count: number; expires_at: string | Date }>(
        db,
        sql`
        INSERT INTO rate_limit_counters (key, count, expires_at) VALUES (${key}, 1, ${expires})
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN rate_limit_counters.expires_at <= ${now} THEN 1 ELSE rate_limit_counters.count + 1 END,
          expires_at = CASE WHEN rate_limit_counters.expires_at <= ${now} THEN ${expires} ELSE rate_limit_counters.expires_at END
        RETURNING count, expires_at`,
      );
      if (!row) throw new Error('rate limit upsert returned no row');
      return { count: Number(row.count), ttlMs: new Date(row.expires_at).getTime() - now.getTime() };
    },
  };
}

export function redisLimiter(redis: Redis): RateLimiter {
  return {
    async hit(key, windowMs) {
      const k = `nr:rl:${key}`;
      const [[, count], , [, ttl]] = (await redis.multi().incr(k).pexpire(k, windowMs, 'NX').pttl(k).exec()) as [
        [unknown, number],
        [unknown, number],
        [unknown, number],
      ];
      return { count, ttlMs: ttl > 0 ? ttl : windowMs };
    },
  };
}

/**
 * Redis first; while Redis cannot be reached, the counters go to PostgreSQL, so limits still hold
 * across instances instead of every limited request failing (or none being limited).
 */
export function withFallback(primary: RateLimiter, fallback: RateLimiter): RateLimiter {
  return {
    async hit(key, windowMs) {
      try {
        return await primary.hit(key, windowMs);
      } catch {
        return fallback.hit(key, windowMs);
      }
    },
  };
}

type IncrCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** Adapts a RateLimiter to the store interface of @fastify/rate-limit. */
export function fastifyStore(limiter: RateLimiter) {
  return class SharedStore {
    private readonly prefix: string;
    constructor(options?: object) {
      const route = (options as { routeInfo?: { method?: string; url?: string } } | undefined)?.routeInfo;
      this.prefix = route ? `ip:${route.method ?? ''}${route.url ?? ''}:` : 'ip:global:';
    }
    incr(key: string, callback: IncrCallback, timeWindow: number): void {
      limiter.hit(this.prefix + key, timeWindow).then(
        (hit) => callback(null, { current: hit.count, ttl: hit.ttlMs }),
        (error: Error) => callback(error),
      );
    }
    child(options: object) {
      return new SharedStore(options);
    }
  };
}
