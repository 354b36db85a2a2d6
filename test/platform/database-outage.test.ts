// PostgreSQL going away under load and coming back: the application (a real process on a private
// PostgreSQL server) answers 503 with Retry-After and the Dutch message while the database is
// down, says so on /health/ready, lets no request hang, serves again once the database is back
// without being restarted, and keeps every write it acknowledged, whole. Only in the PostgreSQL
// suite: it stops and starts a database server.
import { execFile } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessages } from '../../src/server/platform/messages.ts';
import { startPostgresServer, type PostgresServer } from '../support/postgres-server.ts';
import { ownerWithApiTokens, request, RequestHung, type Answer, type ProcessClient } from '../support/process-client.ts';
import { aStay } from '../support/register.ts';
import { deploymentEnv, startServerProcess, type ServerProcess } from '../support/server-process.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WORKERS = 6;
/** The hang guard of every request under load: far beyond any answer, up or down. */
const HANG_GUARD_MS = 20_000;
/** Each worker's round (a write and two reads) takes at least this long, below the API tokens' rate limit. */
const ROUND_MS = 300;

type Phase = 'up' | 'stopping' | 'down' | 'starting' | 'back';

interface Outcome {
  what: 'write' | 'read' | 'session';
  reference?: string;
  /** The phase when the request was sent and when its answer came. */
  sent: Phase;
  answered: Phase;
  status: number | 'hung' | 'no answer';
  answer?: Answer;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(process.env.DATABASE_URL)('PostgreSQL stopped and started under load', () => {
  let database: PostgresServer;
  let app: ServerProcess;
  let owner: { client: ProcessClient; tokens: string[] };

  beforeAll(async () => {
    database = await startPostgresServer();
    app = await startServerProcess(deploymentEnv({ DATABASE_URL: database.url }));
    owner = await ownerWithApiTokens(app.url, `outage-${Date.now()}@example.nl`, WORKERS);
  }, 120_000);

  afterAll(async () => {
    owner?.client.close();
    await app?.stop();
    await database?.destroy();
  });

  it('answers 503 while it is down, serves again when it is back, and keeps every acknowledged write whole', async () => {
    let phase: Phase = 'up';
    const outcomes: Outcome[] = [];
    let running = true;

    async function send(what: Outcome['what'], go: () => Promise<Answer>, reference?: string): Promise<void> {
      const sent = phase;
      let status: Outcome['status'];
      let answer: Answer | undefined;
      try {
        answer = await go();
        status = answer.status;
      } catch (error) {
        status = error instanceof RequestHung ? 'hung' : 'no answer';
      }
      outcomes.push({ what, reference, sent, answered: phase, status, answer });
    }

    async function worker(index: number): Promise<void> {
      const token = owner.tokens[index] ?? '';
      const agent = new http.Agent({ keepAlive: true });
      const bearer = { authorization: `Bearer ${token}` };
      for (let round = 0; running; round += 1) {
        const started = Date.now();
        const reference = `OUT-${index}-${round}`;
        const stay = aStay({
          bookingReference: reference,
          persons: 3,
          coTravellers: [
            { initials: 'A.', surname: 'Jansen', dateOfBirth: '1982-01-01' },
            { initials: 'B.', surname: 'Jansen', dateOfBirth: '2015-05-05' },
          ],
        });
        await send('write', () => request(`${app.url}/api/v1/stays`, 'POST', { body: stay, headers: bearer, agent, timeoutMs: HANG_GUARD_MS }), reference);
        await send('read', () => request(`${app.url}/api/v1/stays?from=2026-06-01&to=2026-06-30`, 'GET', { headers: bearer, agent, timeoutMs: HANG_GUARD_MS }));
        await send('session', () => owner.client.get('/api/session'));
        await pause(Math.max(0, ROUND_MS - (Date.now() - started)));
      }
      agent.destroy();
    }

    const written = (when: Phase) => outcomes.filter((o) => o.what === 'write' && o.answered === when && o.status === 201).length;
    async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
        await pause(50);
      }
    }

    const workers = Array.from({ length: WORKERS }, (_, i) => worker(i));
    await until(() => written('up') >= 20, 'writes before the outage');
    const health: { mode: string; ready: Answer; live: Answer; readyAgain: Answer }[] = [];
    // A clean stop (every session ended by the server), then a crash of the database server.
    for (const mode of ['fast', 'immediate'] as const) {
      const before = written('back');
      phase = 'stopping';
      await database.stop(mode);
      phase = 'down';
      // Down for a few seconds, under load.
      const answeredDown = outcomes.filter((o) => o.sent === 'down' && o.answered === 'down').length;
      await until(() => outcomes.filter((o) => o.sent === 'down' && o.answered === 'down').length >= answeredDown + 60, 'answers while down');
      const ready = await request(`${app.url}/health/ready`, 'GET', { timeoutMs: HANG_GUARD_MS });
      const live = await request(`${app.url}/health/live`, 'GET', { timeoutMs: HANG_GUARD_MS });
      await pause(2_000);

      phase = 'starting';
      await database.start();
      phase = 'back';
      await until(() => written('back') >= before + 20, 'writes after the database came back');
      health.push({ mode, ready, live, readyAgain: await request(`${app.url}/health/ready`, 'GET', { timeoutMs: HANG_GUARD_MS }) });
    }
    running = false;
    await Promise.all(workers);

    expect(app.child.exitCode, app.output().slice(-3000)).toBeNull();
    // Nothing hung, and every request got an HTTP answer.
    expect(outcomes.filter((o) => typeof o.status !== 'number')).toEqual([]);
    // While down: not ready (but alive), and every request refused with 503, Retry-After and the Dutch text.
    for (const { ready, live } of health) {
      expect([ready.status, ready.headers['retry-after']]).toEqual([503, '5']);
      expect(live.status).toBe(200);
    }
    const whileDown = outcomes.filter((o) => o.sent === 'down' && o.answered === 'down');
    expect(new Set(whileDown.map((o) => o.status))).toEqual(new Set([503]));
    for (const refused of outcomes.filter((o) => o.status === 503)) {
      expect(refused.answer?.headers['retry-after']).toBe('5');
      expect(refused.answer?.json).toEqual({ code: 'SERVICE_UNAVAILABLE', message: errorMessages.SERVICE_UNAVAILABLE });
    }
    // Nothing else went wrong at any time: success, or 503 around the outage.
    const unexpected = outcomes.filter((o) => o.status !== 503 && !(typeof o.status === 'number' && o.status < 300));
    expect(unexpected.map((o) => `${o.what} ${o.sent}->${o.answered}: ${o.status} ${o.answer?.text ?? ''}`)).toEqual([]);
    expect(outcomes.filter((o) => o.status === 503 && o.sent === 'up' && o.answered === 'up')).toEqual([]);
    // Back without a restart of the application: the same process serves again, the session held.
    expect(health.map((h) => [h.mode, h.readyAgain.status])).toEqual([
      ['fast', 200],
      ['immediate', 200],
    ]);
    expect(outcomes.filter((o) => o.what === 'session' && o.sent === 'back' && o.status === 200).length).toBeGreaterThan(0);

    // Every acknowledged write is there with all its guests and its first version; a refused
    // one is either absent or there as a whole (it may have committed just before the answer was lost).
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ reference: string; guests: number; versions: number }>(`
        SELECT s.booking_reference AS reference,
               1 + jsonb_array_length(s.co_travellers) AS guests,
               (SELECT count(*)::int FROM stay_versions v WHERE v.stay_id = s.id) AS versions
        FROM stays s WHERE s.booking_reference LIKE 'OUT-%'`);
      const stored = new Map(rows.map((r) => [r.reference, r]));
      expect(rows.length).toBe(stored.size); // no booking twice
      const writes = outcomes.filter((o) => o.what === 'write');
      const acknowledged = writes.filter((o) => o.status === 201);
      expect(acknowledged.filter((o) => !stored.has(o.reference ?? ''))).toEqual([]);
      for (const row of rows) expect([row.reference, row.guests, row.versions]).toEqual([row.reference, 3, 1]);
      expect(rows.filter((r) => !writes.some((o) => o.reference === r.reference))).toEqual([]);
      expect(writes.filter((o) => o.status === 503).length).toBeGreaterThan(0);
    } finally {
      await db.end();
    }
    // The register's numbering and chain of versions are unbroken (the operator's own check).
    const verify = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/server/cli/admin.ts', 'verify-register'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: database.url, NODE_ENV: 'test' },
    });
    expect(verify.stdout).toMatch(/All \d+ registers are intact\./);
  }, 240_000);
});
