// The tourist tax at city scale (PostgreSQL: DATABASE_URL is required): the returns of every
// accommodation of one municipality for one year (computeMunicipalityTotals, and the HTTP
// overview GET /api/municipality/tax/returns) on a generated register of BENCH_STAYS stays
// (default 5 million) in 1000 accommodations, against a plain SQL GROUP BY of the same
// person-nights in the same run. Two kinds of rules: per person (Breda-like, summed in the
// database) and a percentage of the lodging price (Amsterdam-like, read stay by stay).
// The ratio that matters is computeMunicipalityTotals / GROUP BY; the target is < 2 s a year.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { taxRuleInputSchema, type MunicipalityTaxOverview, type TaxRuleInput } from '../src/shared/schemas/tourist-tax.ts';
import { openDatabase, type Db } from '../src/server/db/client.ts';
import * as dbSchema from '../src/server/db/schema.ts';
import { parsePeriod } from '../src/server/modules/tourist-tax/periods.ts';
import { accommodationsOf, insertRule, rulesOf } from '../src/server/modules/tourist-tax/repository.ts';
import { computeMunicipalityTotals } from '../src/server/modules/tourist-tax/returns/municipality-returns.ts';
import { benchServer, fmt } from './support.ts';

const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL) {
  console.log('bench/tax.ts needs PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test).');
  process.exit(0);
}
const STAYS = Number(process.env.BENCH_STAYS ?? 5_000_000);
const ACCOMMODATIONS = Number(process.env.BENCH_ACCOMMODATIONS ?? 1000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
/** BENCH_EXPLAIN=1: also print EXPLAIN (ANALYZE, BUFFERS) of the statements the app runs. */
const EXPLAIN = process.env.BENCH_EXPLAIN === '1';
const SCHEMA = process.env.BENCH_SCHEMA ?? `bench_tax_${randomBytes(4).toString('hex')}`;
const YEAR = '2025';
const period = parsePeriod(YEAR);

// No seeded owners: the accommodations are made below, of mixed types, in one statement.
const server = await benchServer({ BENCH_USERS: '0', BENCH_SCHEMA: SCHEMA });
const raw = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path="${SCHEMA}"` });
await raw.connect();
const database = await openDatabase({ url: DATABASE_URL, schema: SCHEMA, dataDir: 'memory://' });
const db = database.db;

/**
 * Mostly hotels (some with stars), a tenth each campsites, holiday homes and B&Bs: five kinds
 * of accommodation (type and stars) for the rules to be resolved for.
 */
async function createAccommodations(municipalityId: string, count: number) {
  await raw.query(
    `INSERT INTO accommodations (municipality_id, company_name, address, postcode, city, beds, accommodation_type, star_rating)
     SELECT $1, 'Logies ' || lpad(k::text, 4, '0'), 'Markt 1', '7001 AB', 'Doetinchem', 10 + k % 90,
            CASE WHEN k % 10 < 7 THEN 'hotel' WHEN k % 10 = 7 THEN 'campsite' WHEN k % 10 = 8 THEN 'holiday_home' ELSE 'bed_and_breakfast' END,
            CASE WHEN k % 10 < 7 AND k % 7 = 0 THEN 1 + k % 5 END
     FROM generate_series(1, $2::int) k`,
    [municipalityId, count],
  );
}

/**
 * Bulk-generates the register in SQL as bench/register.ts does (rows in order of arrival over
 * three years from 2024-01-01, indexes built afterwards). The triggers are off while inserting,
 * so the tax facts they would derive (guest_ages, resident) are written here: ~3 % residents,
 * ~2 % international workers, a child of 8 or 12 in some stays, ~1 % stays of 14–60 nights (for
 * the night caps), a price for every stay and ~0.4 % cancelled.
 */
async function generate(count: number) {
  const { rows: indexes } = await raw.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes
     WHERE schemaname = $1 AND tablename = 'stays' AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    [SCHEMA],
  );
  for (const index of indexes) await raw.query(`DROP INDEX "${index.name}"`);
  await raw.query('ALTER TABLE stays DISABLE TRIGGER USER');
  const perAccommodation = Math.ceil(count / ACCOMMODATIONS);
  const t0 = performance.now();
  await raw.query(
    `INSERT INTO stays (accommodation_id, municipality_id, number, version, status, source, arrival, departure, persons, purpose, employer_name,
                        lodging_price_cents, guest, surname_search, guest_ages, resident, created_at, updated_at)
     SELECT a.id, a.municipality_id, a.last_stay_number + g.n, 1,
            CASE WHEN (g.n + a.k) % 250 = 0 THEN 'cancelled' ELSE 'registered' END, 'import',
            d.arrival, d.arrival + n.nights, p.persons,
            CASE WHEN f.worker THEN 'international_worker' ELSE 'tourist' END,
            CASE WHEN f.worker THEN 'Bouwbedrijf De Vries' END,
            (8000 + (g.n * 37 + a.k * 11) % 17001) * n.nights,
            jsonb_build_object('initials', 'A.', 'surname', 'Gast' || g.n, 'residence', CASE WHEN f.resident THEN 'Doetinchem' ELSE 'Utrecht' END,
                               'country', 'NL', 'dateOfBirth', '1980-01-01', 'nationality', 'NL', 'documentType', 'passport', 'documentNumber', null),
            'a. gast' || g.n,
            CASE WHEN p.persons >= 2 AND g.n % 5 = 0 THEN '{41,8}' WHEN p.persons >= 3 AND g.n % 7 = 0 THEN '{38,36,12}' ELSE '{41}' END::smallint[],
            f.resident, now(), now()
     FROM (SELECT id, municipality_id, last_stay_number, row_number() OVER (ORDER BY company_name) AS k FROM accommodations) a
     CROSS JOIN generate_series(1, $1::int) g(n)
     CROSS JOIN LATERAL (SELECT date '2024-01-01' + ((g.n::bigint * 104729 + a.k * 7919) % 1095)::int AS arrival) d
     CROSS JOIN LATERAL (SELECT (CASE WHEN (g.n + a.k * 3) % 100 = 0 THEN 14 + (g.n * 13 + a.k) % 47 ELSE 1 + (g.n * 7919 + a.k) % 6 END)::int AS nights) n
     CROSS JOIN LATERAL (SELECT 1 + g.n % 4 AS persons) p
     CROSS JOIN LATERAL (SELECT (g.n * 31 + a.k) % 100 < 3 AS resident, (g.n * 17 + a.k * 5) % 50 = 1 AS worker) f
     ORDER BY d.arrival`,
    [perAccommodation],
  );
  await raw.query(`UPDATE accommodations SET last_stay_number = last_stay_number + $1`, [perAccommodation]);
  const inserted = performance.now() - t0;
  const t1 = performance.now();
  for (const index of indexes) await raw.query(index.def);
  await raw.query('ALTER TABLE stays ENABLE TRIGGER USER');
  await raw.query('VACUUM ANALYZE stays');
  return { rows: perAccommodation * ACCOMMODATIONS, insertSeconds: inserted / 1000, indexSeconds: (performance.now() - t1) / 1000 };
}

/** A rule as the municipality's form would send it: the schema fills in what is left out. */
const rule = (r: Partial<TaxRuleInput> & Pick<TaxRuleInput, 'validFrom'>): TaxRuleInput => taxRuleInputSchema.parse(r);

const CASES: { name: string; rules: TaxRuleInput[] }[] = [
  {
    name: 'A per person (Breda-like)',
    rules: [
      rule({ validFrom: '2024-01-01', perPersonNightCents: 395, exemptUnderAge: 13 }),
      rule({ validFrom: '2025-07-01', perPersonNightCents: 425, exemptUnderAge: 13 }),
      rule({ accommodationType: 'campsite', validFrom: '2024-01-01', perPersonNightCents: 150, nightCap: 21, exemptUnderAge: 13 }),
    ],
  },
  {
    name: 'B percentage (Amsterdam-like)',
    rules: [
      rule({ validFrom: '2024-01-01', percentageBasisPoints: 1250, exemptions: ['international_worker'] }),
      rule({
        accommodationType: 'hotel',
        validFrom: '2024-01-01',
        percentageBasisPoints: 1250,
        perPersonNightCents: 300,
        nightCap: 21,
        exemptions: ['international_worker'],
      }),
    ],
  },
];

/** The floor: person-nights of the year per accommodation, with the same filter as the app. */
async function plainGroupBy(municipalityId: string): Promise<Map<string, number>> {
  const { rows } = await raw.query<{ accommodation_id: string; pn: string }>(
    `SELECT accommodation_id, sum(persons * (least(departure, $3::date) - greatest(arrival, $2::date))) AS pn
     FROM stays
     WHERE municipality_id = $1 AND status = 'registered' AND nights && daterange($2::date, $3::date)
     GROUP BY accommodation_id`,
    [municipalityId, period.from, period.to],
  );
  return new Map(rows.map((r) => [r.accommodation_id, Number(r.pn)]));
}

/**
 * A GET on a connection of its own: between two overviews the bench computes for up to a
 * minute, long enough for a kept-alive socket to be closed by the server as it is reused.
 */
function get(url: string, cookie: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { cookie }, agent: false }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const stats = (xs: number[]) => ({ median: median(xs), min: Math.min(...xs) });
type Stats = ReturnType<typeof stats>;

interface CaseResult {
  name: string;
  groupBy: Stats;
  compute: Stats;
  /** Or why the request failed. */
  http: Stats | string;
  personNights: number;
  taxable: number;
  amountCents: number;
}

/**
 * Runs computeMunicipalityTotals once through a Drizzle instance that records its statements,
 * then explains the first of each kind (the aggregate, the first per-accommodation read), with
 * JIT off where the app turned it off for the statement.
 */
async function explain(municipalityId: string, c: (typeof CASES)[number]) {
  const statements: { query: string; params: unknown[] }[] = [];
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 2, options: `-c search_path="${SCHEMA}"` });
  const logging = drizzle({
    client: pool,
    schema: dbSchema,
    logger: { logQuery: (query, params) => void statements.push({ query, params }) },
  }) as unknown as Db;
  const [accommodations, rules] = [await accommodationsOf(logging, municipalityId), await rulesOf(logging, municipalityId)];
  statements.length = 0;
  try {
    await computeMunicipalityTotals(logging, accommodations, rules, period);
  } finally {
    await pool.end();
  }
  const kinds = new Map<string, { query: string; params: unknown[]; count: number; jitOff: boolean }>();
  let jitOff = false;
  for (const st of statements) {
    if (/^\s*set local jit = off/i.test(st.query)) jitOff = true;
    if (!/^\s*select/i.test(st.query)) continue;
    const k = kinds.get(st.query);
    if (k) k.count += 1;
    else kinds.set(st.query, { ...st, count: 1, jitOff });
    jitOff = false;
  }
  for (const k of kinds.values()) {
    await raw.query('BEGIN');
    if (k.jitOff) await raw.query('SET LOCAL jit = off');
    const { rows } = await raw.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${k.query}`, k.params);
    await raw.query('COMMIT');
    console.log(
      `\n-- case ${c.name}: run ${k.count}×${k.jitOff ? ', jit off' : ''}:\n${k.query.replace(/\s+/g, ' ').slice(0, 300)}…\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`,
    );
  }
}

const ms = (s: Stats) => `median ${fmt(s.median, 0).padStart(6)} ms  min ${fmt(s.min, 0).padStart(6)} ms`;
/** Each case's figures as soon as they are measured, so a later failure does not lose them. */
function print(r: CaseResult) {
  console.log(
    `case ${r.name}: ${r.personNights} person-nights in ${YEAR} (same as GROUP BY), ${r.taxable} taxable, ${fmt(r.amountCents / 100, 2)} EUR computed`,
  );
  console.log(`  ${'plain SQL GROUP BY (person-nights)'.padEnd(42)} ${ms(r.groupBy)}`);
  console.log(
    `  ${'computeMunicipalityTotals (every return)'.padEnd(42)} ${ms(r.compute)}   ratio to GROUP BY ${fmt(r.compute.median / r.groupBy.median, 1)}   (target < 2000 ms)`,
  );
  const overview = typeof r.http === 'string' ? r.http : `${ms(r.http)}   ratio to GROUP BY ${fmt(r.http.median / r.groupBy.median, 1)}`;
  console.log(`  ${'GET /api/municipality/tax/returns'.padEnd(42)} ${overview}`);
}

let failure: Error | undefined;
let serverVersion = '';
try {
  const { rows: municipalityRows } = await raw.query<{ id: string }>('SELECT id FROM municipalities');
  const { rows: officerRows } = await raw.query<{ id: string }>(`SELECT id FROM users WHERE role = 'municipality'`);
  const municipalityId = municipalityRows[0]?.id;
  const officerId = officerRows[0]?.id;
  if (!municipalityId || !officerId) throw new Error('the bench server seeded no municipality');
  serverVersion = (await raw.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '';
  await raw.query(`UPDATE municipalities SET tax_period = 'year'`);
  await createAccommodations(municipalityId, ACCOMMODATIONS);
  const generated = await generate(STAYS);
  console.log(`cores: ${os.availableParallelism()}, PostgreSQL ${serverVersion}, period ${YEAR} (yearly return), ${REPEATS} timed rounds after one untimed`);
  console.log(
    `register: ${generated.rows} stays over 3 years in ${ACCOMMODATIONS} accommodations of one municipality (generated in ${fmt(generated.insertSeconds)} s, indexed in ${fmt(generated.indexSeconds)} s)`,
  );

  for (const c of CASES) {
    await raw.query('DELETE FROM tax_rules');
    for (const r of c.rules) {
      if (!(await insertRule(db, municipalityId, r, officerId, new Date()))) throw new Error('rule not inserted');
    }
    const accommodations = await accommodationsOf(db, municipalityId);
    const rules = await rulesOf(db, municipalityId);
    const compute = () => computeMunicipalityTotals(db, accommodations, rules, period);
    const overviewRequest = async () => {
      const response = await get(`${server.base}/api/municipality/tax/returns?period=${YEAR}`, server.municipalityCookie);
      if (response.status !== 200) throw new Error(`GET /api/municipality/tax/returns: ${response.status} ${response.body.slice(0, 300)}`);
      return JSON.parse(response.body) as MunicipalityTaxOverview;
    };
    // One untimed round first, so every timed round finds the table in the page cache alike.
    const floor = await plainGroupBy(municipalityId);
    const totals = await compute();
    const times = { groupBy: [] as number[], compute: [] as number[], http: [] as number[] };
    let overview: MunicipalityTaxOverview | undefined;
    let httpFailure: string | undefined;
    for (let i = 0; i < REPEATS; i++) {
      times.groupBy.push((await timed(() => plainGroupBy(municipalityId))).ms);
      times.compute.push((await timed(compute)).ms);
      if (httpFailure) continue;
      // The app ends a request after 30 s (requestTimeout): past that the overview is a figure
      // too, not a reason to lose the others.
      const t0 = performance.now();
      try {
        overview = await overviewRequest();
        times.http.push(performance.now() - t0);
      } catch (error) {
        httpFailure = `failed after ${fmt(performance.now() - t0, 0)} ms: ${error instanceof Error ? error.message : String(error)}`;
      }
    }

    // The same person-nights, accommodation by accommodation, or the bench fails.
    let personNights = 0;
    let taxable = 0;
    let amountCents = 0;
    const differences: string[] = [];
    for (const a of accommodations) {
      const t = totals.get(a.id);
      const expected = floor.get(a.id) ?? 0;
      if ((t?.personNights ?? 0) !== expected) differences.push(`${a.companyName}: ${t?.personNights} computed, ${expected} by GROUP BY`);
      personNights += t?.personNights ?? 0;
      taxable += t?.taxablePersonNights ?? 0;
      amountCents += t?.computedCents ?? 0;
    }
    const floorTotal = [...floor.values()].reduce((s, n) => s + n, 0);
    if (differences.length > 0 || personNights !== floorTotal) {
      throw new Error(
        `case ${c.name}: person-nights differ (${personNights} computed, ${floorTotal} by GROUP BY):\n  ${differences.slice(0, 10).join('\n  ')}`,
      );
    }
    if (!httpFailure && (overview?.totals.personNights !== floorTotal || overview.rows.length !== accommodations.length)) {
      throw new Error(
        `case ${c.name}: the HTTP overview has ${overview?.totals.personNights} person-nights in ${overview?.rows.length} rows, GROUP BY ${floorTotal}`,
      );
    }
    print({
      name: c.name,
      groupBy: stats(times.groupBy),
      compute: stats(times.compute),
      http: httpFailure ?? stats(times.http),
      personNights,
      taxable,
      amountCents,
    });
    if (EXPLAIN) await explain(municipalityId, c);
  }
} catch (error) {
  failure = error instanceof Error ? error : new Error(String(error));
} finally {
  await database.close();
  await raw.end();
  // Stops the app and drops the bench schema, also after a failure.
  await server.stop();
}
if (failure) {
  console.error(`bench/tax.ts FAILED: ${failure.message}${failure.cause ? ` (${String(failure.cause)})` : ''}`);
  process.exit(1);
}
