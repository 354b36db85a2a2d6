// Builds the application without listening: configuration in, a ready Fastify instance out.
// main.ts, the tests and the benchmarks all start from here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { openApiOptions } from './openapi.ts';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { Redis } from 'ioredis';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { defaultLimits, type Deps, type Limits } from './deps.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import { randomToken } from './platform/crypto.ts';
import { loadCipher } from './platform/keys/keyring.ts';
import { registerErrorHandler, serializeErrorForLog } from './platform/errors.ts';
import { errorMessages } from './platform/messages.ts';
import { registerObservability } from './platform/http/observability.ts';
import { registerSecurity } from './platform/http/security.ts';
import { refuseRequestsWhileClosing } from './platform/http/graceful-close.ts';
import { DailyTasks } from './platform/jobs/daily.ts';
import { JobWorker } from './platform/jobs/queue.ts';
import { eraseExpiredGuestData } from './modules/register/retention/erase-expired.ts';
import { announceMonthlyCopies } from './modules/register/monthly-copy/monthly-copy.ts';
import { monthlyCopyRoutes } from './modules/register/monthly-copy/routes.ts';
import { retainedTaxFactRoutes } from './modules/register/retention/routes.ts';
import { MAIL_JOB, mailJobHandler, outboxTransport, smtpTransport, type MailTransport } from './platform/mail/mailer.ts';
import { postgresLimiter, redisLimiter, withFallback } from './platform/rate-limit/limiter.ts';
import { createSmsSender, SMS_JOB, smsJobHandler, type SmsSender } from './platform/sms/sender.ts';
import { emailConfirmationRoutes } from './modules/accounts/email-confirmation/routes.ts';
import { loginRoutes } from './modules/accounts/login/routes.ts';
import { passwordResetRoutes } from './modules/accounts/password-reset/routes.ts';
import { registrationRoutes } from './modules/accounts/registration/routes.ts';
import { sessionsPlugin } from './modules/identity/sessions/plugin.ts';
import { sessionRoutes } from './modules/accounts/sessions/routes.ts';
import { accountMailRequestHandler } from './modules/accounts/mail-request-job.ts';
import { ACCOUNT_MAIL_REQUEST_JOB } from './modules/accounts/mail-requests.ts';
import { devOutboxRoutes } from './modules/dev-outbox/routes.ts';
import { accommodationRoutes } from './modules/organisations/accommodations/routes.ts';
import { municipalityRoutes } from './modules/organisations/municipalities/routes.ts';
import { twoFactorRoutes } from './modules/two-factor/routes.ts';
import { smsRoutes } from './modules/two-factor/sms/routes.ts';
import { passkeyRoutes } from './modules/two-factor/passkey/routes.ts';
import { resetRoutes } from './modules/two-factor/reset/routes.ts';
import { declareAccess } from './modules/identity/access.ts';
import { userRoutes } from './modules/organisations/users/routes.ts';
import { invitationRoutes } from './modules/organisations/invitations/routes.ts';
import { myAccountRoutes } from './modules/accounts/my-account/routes.ts';
import { municipalityPortalRoutes } from './modules/organisations/municipalities/portal-routes.ts';
import { auditLogRoutes } from './modules/organisations/audit-log/routes.ts';
import { stayRoutes } from './modules/register/stays/routes.ts';
import { residencyRoutes } from './modules/register/residency/routes.ts';
import { unitRoutes } from './modules/register/units/routes.ts';
import { importRoutes } from './modules/register/import/routes.ts';
import { exportRoutes } from './modules/register/export/routes.ts';
import { apiTokenRoutes } from './modules/register/api/token-routes.ts';
import { apiV1Routes } from './modules/register/api/v1-routes.ts';
import { inspectionRoutes } from './modules/register/inspection/routes.ts';
import { lifecycleRoutes } from './modules/register/lifecycle/routes.ts';
import { selfCheckInRoutes } from './modules/register/self-check-in/routes.ts';
import { sendTaxReminders } from './modules/tourist-tax/reminders/send-reminders.ts';
import { forgetExpiredKeys } from './modules/register/api/idempotency.ts';
import { touristTaxRoutes } from './modules/tourist-tax/routes.ts';
import { deadLetterRoutes } from './modules/operations/dead-letters/routes.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(ROOT, 'dist/web');

export interface BuildOptions {
  clock?: Clock;
  /** An already opened (and migrated) database; otherwise one is opened from the config. */
  database?: Database;
  mail?: MailTransport;
  sms?: SmsSender;
  limits?: Partial<Limits>;
  /** Start the background job worker (default true). Tests may drive it with deps.jobs.drain(). */
  startWorker?: boolean;
  jobOptions?: { pollMs?: number; backoffMs?: number; maxAttempts?: number };
}

export async function buildApp(config: Config, options: BuildOptions = {}): Promise<{ app: FastifyInstance; deps: Deps }> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      serializers: { err: serializeErrorForLog },
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    bodyLimit: 256 * 1024,
    // A hop count trusts that many proxies in front, whatever their addresses.
    trustProxy: typeof config.trustProxy === 'number' ? hopCount(config.trustProxy) : config.trustProxy,
    // A client gets HTTP_REQUEST_TIMEOUT_MS (30 s) for a whole request, headers included, and a
    // connection as long without a byte: slowloris and trickled bodies are cut off with 408 or a
    // closed socket. Node checks these deadlines on an interval (30 s by default), so it is tied to
    // the timeout, or a short timeout would be enforced late.
    connectionTimeout: config.httpRequestTimeoutMs,
    requestTimeout: config.httpRequestTimeoutMs,
    http: {
      headersTimeout: config.httpRequestTimeoutMs,
      connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.floor(config.httpRequestTimeoutMs / 4))),
    },
    // Answered by refuseRequestsWhileClosing instead, in the same form as every other error.
    return503OnClosing: false,
    // A URL the router cannot decode ('%zz') or a path parameter over its length limit answers the
    // coded body like any other bad input, not Fastify's own (which echoes the URL and its code).
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      void reply.status(error.statusCode === 414 ? 414 : 400).send({ code: 'VALIDATION_FAILED', message: errorMessages.VALIDATION_FAILED });
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const database = options.database ?? (await openDatabase({ url: config.databaseUrl, schema: config.databaseSchema, dataDir: config.dataDir }));
  if (!options.database) await migrate(database);
  const clock = options.clock ?? systemClock;
  const secretKey = config.secretKey ?? randomToken(32);
  const cipher = await loadCipher(database.db, { current: secretKey, previous: config.previousSecretKeys }).catch(async (error: unknown) => {
    if (!options.database) await database.close();
    throw error;
  });
  // A Redis that cannot be reached fails a command quickly (no offline queue); the limiter then
  // counts in PostgreSQL. Its connection errors are logged, not thrown.
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false }) : undefined;
  redis?.on('error', (error: Error) => app.log.warn({ err: error.message }, 'Redis unreachable; rate limits count in PostgreSQL'));
  const mail = options.mail ?? (config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : outboxTransport(database.db, app.log));
  const sms = options.sms ?? createSmsSender(config, database.db, app.log);
  const jobs = new JobWorker({
    db: database.db,
    log: app.log,
    handlers: {
      [MAIL_JOB]: mailJobHandler(mail, cipher),
      [SMS_JOB]: smsJobHandler(sms, cipher),
      // Runs long after deps exists; the closure only reads it then.
      [ACCOUNT_MAIL_REQUEST_JOB]: accountMailRequestHandler(() => deps),
    },
    ...options.jobOptions,
  });
  const deps: Deps = {
    config,
    database,
    db: database.db,
    clock,
    cipher,
    limiter: redis ? withFallback(redisLimiter(redis), postgresLimiter(database.db, clock)) : postgresLimiter(database.db, clock),
    limits: { ...defaultLimits, ...options.limits },
    mail,
    sms,
    jobs,
    // The tasks run long after deps exists; the closure only reads it then.
    daily: new DailyTasks({
      db: database.db,
      clock,
      log: app.log,
      tasks: {
        retention: (today) => eraseExpiredGuestData(deps, today),
        'monthly-copy': (today) => announceMonthlyCopies(deps, today),
        'tax-reminders': (today) => sendTaxReminders(deps, today),
        'idempotency-keys': () => forgetExpiredKeys(deps.db, clock.now()),
      },
    }),
    log: app.log,
  };

  registerErrorHandler(app);
  refuseRequestsWhileClosing(app);
  declareAccess(app);
  // Before any route, so that the document has them all (/api/csrf of registerSecurity included).
  await app.register(swagger, openApiOptions(config));
  await registerSecurity(app, deps, [secretKey, ...config.previousSecretKeys]);
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  registerObservability(app, deps);
  await app.register(sessionsPlugin, { deps });
  for (const routes of [
    sessionRoutes,
    municipalityRoutes,
    registrationRoutes,
    emailConfirmationRoutes,
    loginRoutes,
    passwordResetRoutes,
    accommodationRoutes,
    twoFactorRoutes,
    smsRoutes,
    passkeyRoutes,
    resetRoutes,
    userRoutes,
    invitationRoutes,
    myAccountRoutes,
    municipalityPortalRoutes,
    auditLogRoutes,
    unitRoutes,
    stayRoutes,
    residencyRoutes,
    importRoutes,
    exportRoutes,
    apiTokenRoutes,
    apiV1Routes,
    inspectionRoutes,
    lifecycleRoutes,
    selfCheckInRoutes,
    monthlyCopyRoutes,
    retainedTaxFactRoutes,
    touristTaxRoutes,
    deadLetterRoutes,
  ]) {
    await app.register(routes, { deps });
  }
  if (config.env !== 'production' && (mail.kind === 'outbox' || sms.kind === 'outbox')) {
    await app.register(devOutboxRoutes, { deps });
  }
  registerWebApp(app);

  app.addHook('onClose', async () => {
    // Both wait for the work in progress, which still needs the database closed below.
    await Promise.all([deps.daily.stop(), jobs.stop()]);
    redis?.disconnect();
    if (!options.database) await database.close();
  });
  if (options.startWorker ?? true) {
    app.addHook('onReady', async () => {
      jobs.start();
      deps.daily.start();
    });
  }
  return { app, deps };
}

function hopCount(hops: number) {
  return (_address: string, hop: number) => hop < hops;
}

/** Serves the built single-page app; unknown non-API GETs get index.html for client routing. */
function registerWebApp(app: FastifyInstance): void {
  const hasWeb = fs.existsSync(path.join(WEB_DIST, 'index.html'));
  if (hasWeb) void app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !namesTheApi(request.url) && hasWeb;
    if (isPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.status(404).send({ code: 'NOT_FOUND', message: errorMessages.NOT_FOUND });
  });
}

/**
 * Whether an unmatched URL is meant for the API however it is spelled ('/API/x', '//api/x',
 * '/%2561pi/x', '/api;x', '/api\\x'): it gets the API's coded 404, never the web app's page with a 200.
 */
function namesTheApi(url: string): boolean {
  let path = url.split(/[?#]/, 1)[0] ?? '';
  for (let i = 0; i < 3 && path.includes('%'); i++) {
    try {
      path = decodeURIComponent(path);
    } catch {
      break;
    }
  }
  return /^[/\\]+api(?![\w-])/i.test(path);
}
