// Turns environment variables into a typed, validated configuration. A wrong value stops the
// process with one line naming the variable (see main.ts), never a stack trace.
import { isIP } from 'node:net';
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce
    .number({ error: 'must be a whole number from 0 to 65535' })
    .int('must be a whole number from 0 to 65535')
    .min(0, 'must be a whole number from 0 to 65535')
    .max(65535, 'must be a whole number from 0 to 65535')
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Nachtregister <no-reply@nachtregister.localhost>'),
  SMS_URL: z.url().optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  // Former secret keys, comma-separated, while a rotation is under way (docs/operations.md).
  SECRET_KEY_PREVIOUS: z
    .string()
    .refine((v) => v.split(',').every((k) => k.trim().length >= 32), 'must be comma-separated keys of at least 32 characters each')
    .optional(),
  // The load balancers in front of the app: their X-Forwarded-For names the client, so per-IP
  // limits count clients, not the balancer. A hop count, or addresses/subnets (comma-separated;
  // 'loopback', 'uniquelocal' allowed). Unset: the header is ignored, so nobody can spoof it.
  TRUST_PROXY: z
    .string()
    .refine(
      (v) => /^\d{1,2}$/.test(v) || v.split(',').every((a) => isProxyAddress(a.trim())),
      'must be a hop count or comma-separated addresses/subnets of the load balancers',
    )
    .optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // How long a client may take to send a whole request (headers and body) before it is cut off.
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100, 'must be at least 100').max(600_000, 'must be at most 600000').default(30_000),
});

/** An address, a subnet (address/prefix) or one of proxy-addr's names, as Fastify's trustProxy takes them. */
function isProxyAddress(value: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(value)) return true;
  const [address = '', prefix, ...rest] = value.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  secureCookies: boolean;
  databaseUrl: string | undefined;
  databaseSchema: string | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  smsUrl: string | undefined;
  redisUrl: string | undefined;
  secretKey: string | undefined;
  previousSecretKeys: string[];
  /** Fastify's trustProxy: false, a hop count, or the proxies' addresses. */
  trustProxy: false | number | string[];
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  logLevel: string;
  httpRequestTimeoutMs: number;
}

export class ConfigError extends Error {}

/** Empty strings count as unset, so `FOO= npm start` behaves like leaving FOO out. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`Invalid configuration: ${name} ${issue?.message ?? 'is invalid'}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production') {
    for (const name of ['SECRET_KEY', 'SMTP_URL'] as const) {
      if (!e[name]) throw new ConfigError(`Invalid configuration: ${name} is required when NODE_ENV=production`);
    }
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    databaseUrl: e.DATABASE_URL,
    databaseSchema: e.DATABASE_SCHEMA,
    dataDir: e.DATA_DIR,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    smsUrl: e.SMS_URL,
    redisUrl: e.REDIS_URL,
    secretKey: e.SECRET_KEY,
    previousSecretKeys: e.SECRET_KEY_PREVIOUS?.split(',').map((k) => k.trim()) ?? [],
    trustProxy: e.TRUST_PROXY === undefined ? false : /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY.split(',').map((a) => a.trim()),
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    logLevel: e.LOG_LEVEL,
    httpRequestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
  };
}
