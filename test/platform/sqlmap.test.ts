// SQL injection, tried by sqlmap (the Debian package) against the real server on PostgreSQL: the
// sign-in, the searches (register, municipality directory, inspection look-up), registering and
// reading stays, and the booking-system API with its bearer token. sqlmap must report every
// parameter it tested as not injectable, and the test checks that it did test each one, so a
// target that sqlmap could not reach (a 403 for a missing CSRF token, say) fails the test instead
// of passing it. With the default rate limits a flood of such requests ends in 429, never a 5xx.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generousLimits, startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { signedInOperatorAccount, signedInOwner, STRONG_PASSWORD } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

/** The Debian package's command (.ci/run installs it). */
const SQLMAP = 'sqlmap';

interface Target {
  url: string;
  /** Parameters sqlmap must test, by the names it reports ("q", "JSON email", "#1*" for a path). */
  parameters: string[];
  args: string[];
}

interface Report {
  output: string;
  notInjectable: Set<string>;
  injectable: string[];
}

/** Runs sqlmap against one target and reads its verdict per parameter from the console output. */
function sqlmap(origin: string, outputDir: string, target: Target): Promise<Report> {
  const args = [
    '-u',
    `${origin}${target.url}`,
    '--batch',
    '--flush-session',
    `--output-dir=${outputDir}`,
    '--dbms=PostgreSQL',
    '--technique=BEUST',
    '--time-sec=1',
    '--level=2',
    '--risk=1',
    '--threads=4',
    '--timeout=10',
    '--retries=0',
    '--disable-coloring',
    // The application's own cookies come from the test; sqlmap must not replace them.
    '--drop-set-cookie',
    // 400, 401, 403 and 404 are ordinary answers here, not a reason to stop.
    '--ignore-code=400,401,403,404',
    ...target.args,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(SQLMAP, args, { env: { ...process.env, HOME: outputDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      const notInjectable = new Set([...output.matchAll(/parameter '([^']+)' does not seem to be injectable/g)].map((m) => m[1] ?? ''));
      // sqlmap says "appears to be … injectable" on a first hint and withdraws it when its
      // false-positive check fails ("does not seem to be injectable"): the last word counts.
      const suspected = [...output.matchAll(/parameter '([^']+)' (?:appears to be|is) '[^']*' injectable/g)].map((m) => m[1] ?? '');
      resolve({ output, notInjectable, injectable: suspected.filter((name) => !notInjectable.has(name)) });
    });
  });
}

function expectClean(report: Report, target: Target): void {
  const context = report.output.slice(-3_000);
  expect(report.injectable, context).toEqual([]);
  expect(report.output, context).not.toMatch(/identified the following injection point|the back-end DBMS is/);
  for (const parameter of target.parameters) expect([...report.notInjectable], `${parameter} not tested:\n${context}`).toContain(parameter);
}

/** The cookie and CSRF header of a signed-in client (or of a visitor), for sqlmap's requests. */
async function sessionOf(client: TestClient): Promise<{ cookie: string; headers: string }> {
  const csrf = (await client.get('/api/csrf')).json<{ token: string }>().token;
  const cookie = ['nr_session', '_csrf'].flatMap((name) => (client.cookie(name) ? [`${name}=${client.cookie(name)}`] : [])).join('; ');
  return { cookie, headers: `X-CSRF-Token: ${csrf}` };
}

const TARGETS = [
  'the sign-in',
  "the register's search",
  "the municipality's accommodation directory",
  "the inspector's look-up",
  'registering a stay',
  'reading a stay',
  "the booking-system API's list",
  "the booking-system API's post",
] as const;

describe.runIf(process.env.DATABASE_URL)('sqlmap finds no SQL injection', () => {
  let origin = '';
  let outputDir = '';
  let targets: Record<(typeof TARGETS)[number], Target> | undefined;

  beforeAll(async () => {
    // sqlmap sends hundreds of requests a minute from one address; with the default limits
    // (loginPerIp 30 a minute, the per-account slow-down after 5 failures) it would test 429
    // answers, not the queries behind them. The last test shows the default limits hold.
    const t = await startTestApp({ limits: generousLimits });
    origin = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
    outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlmap-'));

    const owner = await signedInOwner(t, { companyName: 'Hotel Sqlmap' });
    await owner.client.post('/api/register/stays', aStay({ guest: { surname: 'Jansen' }, bookingReference: 'SQL-1' }));
    const stay = (await owner.client.get('/api/register/stays?q=Jansen')).json<{ stays: { id: string }[] }>().stays[0];
    const token = (await owner.client.post('/api/register/api-tokens', { name: 'Sqlmap' })).json<{ token: string }>().token;
    const municipality = await sessionOf((await signedInOperatorAccount(t, 'municipality')).client);
    const inspector = await sessionOf((await signedInOperatorAccount(t, 'inspector')).client);
    const visitor = await sessionOf(t.client());
    const ownerSession = await sessionOf(owner.client);
    // Level 2 tests cookies too; the register's search has the session cookie tested (its token is
    // looked up in the database), elsewhere the cookies are left alone to keep the run short.
    const skipCookies = '--param-exclude=^(nr_session|_csrf)$';
    const json = (body: unknown, session: { cookie: string; headers: string }) => [
      `--data=${JSON.stringify(body)}`,
      `--cookie=${session.cookie}`,
      `--headers=${session.headers}\nContent-Type: application/json`,
      skipCookies,
    ];
    const cookieOnly = (session: { cookie: string }) => [`--cookie=${session.cookie}`, skipCookies];

    targets = {
      'the sign-in': {
        url: '/api/sessions',
        parameters: ['JSON email', 'JSON password'],
        args: json({ email: 'jan@example.nl', password: STRONG_PASSWORD }, visitor),
      },
      "the register's search": {
        url: '/api/register/stays?q=Jansen&view=all&from=2026-06-01&to=2026-06-30&page=1',
        parameters: ['q', 'view', 'from', 'to', 'page', 'nr_session'],
        args: [`--cookie=${ownerSession.cookie}`, '--param-exclude=^_csrf$'],
      },
      "the municipality's accommodation directory": {
        url: '/api/municipality/accommodations?q=Hotel&type=hotel&status=approved&minBeds=1&page=1',
        parameters: ['q', 'type', 'status', 'minBeds', 'page'],
        args: cookieOnly(municipality),
      },
      "the inspector's look-up": {
        url: '/api/inspection/accommodations?q=Sqlmap',
        parameters: ['q'],
        args: cookieOnly(inspector),
      },
      'registering a stay': {
        url: '/api/register/stays',
        parameters: ['JSON arrival', 'JSON departure', 'JSON surname', 'JSON residence', 'JSON bookingReference'],
        args: [...json(aStay({ bookingReference: 'SQL-2' }), ownerSession), '-p', 'arrival,departure,surname,residence,bookingReference'],
      },
      'reading a stay': {
        url: `/api/register/stays/${stay?.id}*`,
        parameters: ['#1*'],
        args: cookieOnly(ownerSession),
      },
      "the booking-system API's list": {
        url: '/api/v1/stays?from=2026-06-01&to=2026-06-30&page=1',
        parameters: ['from', 'to', 'page'],
        args: [`--headers=Authorization: Bearer ${token}`],
      },
      "the booking-system API's post": {
        url: '/api/v1/stays',
        parameters: ['JSON arrival', 'JSON surname', 'JSON bookingReference'],
        args: [
          `--data=${JSON.stringify(aStay({ bookingReference: 'SQL-3' }))}`,
          `--headers=Authorization: Bearer ${token}\nContent-Type: application/json`,
          '-p',
          'arrival,surname,bookingReference',
        ],
      },
    };
  });
  afterAll(() => {
    if (outputDir) fs.rmSync(outputDir, { recursive: true, force: true });
  });

  it.each(TARGETS)(
    'in %s',
    async (name) => {
      const target = targets?.[name];
      if (!target) throw new Error('no targets');
      expectClean(await sqlmap(origin, outputDir, target), target);
    },
    180_000,
  );

  it('answers a flood of injection attempts on the sign-in with 429 under the default limits, never a 5xx', async () => {
    const strict = await startTestApp();
    const client = strict.client('198.51.100.99');
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const response = await client.post('/api/sessions', { email: `jan@example.nl' OR '1'='1' -- ${i}`, password: `x' OR pg_sleep(1) IS NULL -- ${i}` });
      statuses.push(response.statusCode);
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => ![400, 401, 429].includes(s))).toEqual([]);
  });
});
