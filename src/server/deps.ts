// The explicit dependencies every module receives, built once in app.ts. Tests build an app with
// a different clock, database or mail transport by passing overrides to buildApp.
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.ts';
import type { Database, Db } from './db/client.ts';
import type { Clock } from './platform/clock.ts';
import type { Cipher } from './platform/crypto.ts';
import type { DailyTasks } from './platform/jobs/daily.ts';
import type { JobWorker } from './platform/jobs/queue.ts';
import type { MailTransport } from './platform/mail/mailer.ts';
import type { SmsSender } from './platform/sms/sender.ts';
import type { Limit, RateLimiter } from './platform/rate-limit/limiter.ts';

export interface Limits {
  /** Per IP, on POST /api/sessions. */
  loginPerIp: Limit;
  /** Per IP, on POST /api/registrations. */
  registrationPerIp: Limit;
  /** Per IP, on the resend and reset-request routes. */
  emailRequestPerIp: Limit;
  /** Per email address, for resend and reset requests. */
  emailRequestPerAccount: Limit;
  /** Per IP, on code submissions (confirmation, reset). */
  codeSubmitPerIp: Limit;
  /** SMS codes per user: at most one per interval, and a cap per hour. */
  smsInterval: Limit;
  smsPerHour: Limit;
  /** Invitations one user may send. */
  invitationsPerUser: Limit;
  /** Self check-in: forms sent per IP and per link, and views of the form per IP. */
  selfCheckInPerIp: Limit;
  selfCheckInPerLink: Limit;
  selfCheckInViewsPerIp: Limit;
  /** Requests of one API token (a booking system) to the /api/v1 routes. */
  apiTokenRequests: Limit;
  /** All tokens of one accommodation together: more tokens do not multiply the rate. */
  apiAccommodationRequests: Limit;
  /** CSV previews and imports of one user together (each may read a file of up to 5 MB). */
  csvImportsPerUser: Limit;
  /** Sign-in (or 2FA) attempts on one account from one client before the slow-down starts. */
  loginFreeFailures: number;
  /** The same on one account from clients that never signed in to it (a distributed guess). */
  loginAccountFreeFailures: number;
  /** Sign-in attempts from one IP address over all accounts, from browsers without a proof. */
  loginClientFreeFailures: number;
  /** Second-factor attempts in one session; then the sign-in starts again with the password. */
  twoFactorAttemptsPerStep: number;
  loginFirstDelayMs: number;
  loginMaxDelayMs: number;
}

export const defaultLimits: Limits = {
  loginPerIp: { max: 30, windowMs: 60_000 },
  registrationPerIp: { max: 10, windowMs: 60 * 60_000 },
  emailRequestPerIp: { max: 20, windowMs: 60 * 60_000 },
  emailRequestPerAccount: { max: 3, windowMs: 15 * 60_000 },
  codeSubmitPerIp: { max: 30, windowMs: 15 * 60_000 },
  smsInterval: { max: 1, windowMs: 30_000 },
  smsPerHour: { max: 5, windowMs: 60 * 60_000 },
  invitationsPerUser: { max: 100, windowMs: 60 * 60_000 },
  // Guests on a campsite's Wi-Fi share one address; a busy arrival day stays well below these.
  selfCheckInPerIp: { max: 30, windowMs: 60 * 60_000 },
  selfCheckInPerLink: { max: 300, windowMs: 60 * 60_000 },
  selfCheckInViewsPerIp: { max: 300, windowMs: 60 * 60_000 },
  apiTokenRequests: { max: 600, windowMs: 60_000 },
  apiAccommodationRequests: { max: 1200, windowMs: 60_000 },
  // Checking a file, correcting it and checking it again, a few times over, stays well below this.
  csvImportsPerUser: { max: 30, windowMs: 15 * 60_000 },
  loginFreeFailures: 5,
  loginAccountFreeFailures: 50,
  loginClientFreeFailures: 100,
  twoFactorAttemptsPerStep: 10,
  loginFirstDelayMs: 30_000,
  loginMaxDelayMs: 15 * 60_000,
};

export interface Deps {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  cipher: Cipher;
  limiter: RateLimiter;
  limits: Limits;
  mail: MailTransport;
  sms: SmsSender;
  jobs: JobWorker;
  /** Once-a-day tasks (retention); tests run them with daily.runDue(). */
  daily: DailyTasks;
  log: FastifyBaseLogger;
}

/** What a use case knows about the request that triggered it, for audit and limits. */
export interface RequestMeta {
  ip: string;
  userAgent: string | undefined;
  /** The sign-in device cookie, if the browser sent one. */
  signInDevice?: string;
}
