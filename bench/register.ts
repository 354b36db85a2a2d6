// The register at national scale, side by side in one run (PostgreSQL: DATABASE_URL is required):
//   1. ingest: stays/s through the booking-system batch API (POST /api/v1/stays, 1000 a request,
//      4 accommodations in parallel) against a raw PostgreSQL COPY of the same rows;
//   2. look-ups on a generated register of BENCH_STAYS stays (default 5 million) in one
//      municipality: "who stayed in night D" for one accommodation and for the whole
//      municipality, and "present now", through the inspection API (p50/p99 ms).
// The ratio that matters for ingest is API / COPY; for look-ups the p99 against 50 ms.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { benchServer, csrf, fmt, run, signInWithCsrf } from './support.ts';

const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL) {
  console.log('bench/register.ts needs PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test).');
  process.exit(0);
}
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const STAYS = Number(process.env.BENCH_STAYS ?? 5_000_000);
const ACCOMMODATIONS = Number(process.env.BENCH_USERS ?? 1000);
const BATCHES = Number(process.env.BENCH_BATCHES ?? 40);
const SCHEMA = `bench_${randomBytes(4).toString('hex')}`;

const server = await benchServer({ BENCH_USERS: String(ACCOMMODATIONS), BENCH_SCHEMA: SCHEMA });
const db = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path="${SCHEMA}"` });
await db.connect();

// ---------- 1. ingest: the batch API against COPY ----------

interface Token {
  accommodationId: string;
  token: string;
}

async function apiToken(email: string): Promise<Token> {
  const { cookie, csrfToken } = await signInWithCsrf(server.base, email);
  const response = await fetch(`${server.base}/api/register/api-tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
    body: JSON.stringify({ name: 'bench' }),
  });
  if (response.status !== 201) throw new Error(`token: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { token: string; apiToken: { id: string } };
  const session = (await (await fetch(`${server.base}/api/session`, { headers: { cookie } })).json()) as { accommodation: { id: string } };
  return { accommodationId: session.accommodation.id, token: body.token };
}

function batch(prefix: string, size: number) {
  return Array.from({ length: size }, (_, i) => {
    const arrivalDay = 1 + (i % 28);
    return {
      arrival: `2027-02-${String(arrivalDay).padStart(2, '0')}`,
      departure: `2027-03-${String(1 + (i % 5)).padStart(2, '0')}`,
      persons: 1 + (i % 3),
      purpose: 'tourist',
      bookingReference: `${prefix}-${i}`,
      lodgingPriceCents: 8950 + i,
      guest: {
        initials: 'J.',
        surname: `Jansen${i}`,
        residence: 'Utrecht',
        country: 'NL',
        dateOfBirth: '1980-04-02',
        nationality: i % 5 === 0 ? 'DE' : 'NL',
        documentType: 'passport',
      },
      coTravellers: i % 3 === 0 ? [] : [{ initials: 'A.', surname: 'Jansen', dateOfBirth: null }],
    };
  });
}

const tokens: Token[] = [];
for (const email of server.emails.slice(0, 4)) tokens.push(await apiToken(email));

const started = performance.now();
let posted = 0;
await Promise.all(
  tokens.map(async (token, worker) => {
    for (let b = worker; b < BATCHES; b += tokens.length) {
      const response = await fetch(`${server.base}/api/v1/stays`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token.token}` },
        body: JSON.stringify({ stays: batch(`api-${b}`, 1000) }),
      });
      const body = (await response.json()) as { counts?: { created: number } };
      if (response.status !== 200 || body.counts?.created !== 1000) throw new Error(`batch ${b}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
      posted += 1000;
    }
  }),
);
const apiRate = posted / ((performance.now() - started) / 1000);

// The same rows as the API stored them (numbers, guest JSON), written by COPY into a twin table.
await db.query('CREATE TABLE copy_target (LIKE stays INCLUDING DEFAULTS INCLUDING INDEXES)');
const { rows: sample } = await db.query(
  `SELECT accommodation_id, municipality_id, number, status, source, arrival::text, departure::text, persons, purpose,
          booking_reference, lodging_price_cents, guest::text, co_travellers::text, surname_search, created_at, updated_at
   FROM stays ORDER BY accommodation_id, number`,
);
const csv = sample
  .map((r: Record<string, unknown>) =>
    [
      r.accommodation_id,
      r.municipality_id,
      r.number,
      r.status,
      r.source,
      r.arrival,
      r.departure,
      r.persons,
      r.purpose,
      r.booking_reference,
      r.lodging_price_cents,
      r.guest,
      r.co_travellers,
      r.surname_search,
      (r.created_at as Date).toISOString(),
      (r.updated_at as Date).toISOString(),
    ]
      .map((v) => `"${String(v ?? '').replaceAll('"', '""')}"`)
      .join(','),
  )
  .join('\n');
const copyStarted = performance.now();
execFileSync(
  'psql',
  [
    DATABASE_URL,
    '-q',
    '-c',
    `\\copy "${SCHEMA}".copy_target (accommodation_id, municipality_id, number, status, source, arrival, departure, persons, purpose, booking_reference, lodging_price_cents, guest, co_travellers, surname_search, created_at, updated_at) FROM STDIN WITH (FORMAT csv)`,
  ],
  { input: csv },
);
const copyRate = sample.length / ((performance.now() - copyStarted) / 1000);
await db.query('DROP TABLE copy_target');

// ---------- 2. look-ups on a generated register ----------

/**
 * Bulk-generates the register in SQL, with the indexes built after the rows (as a restore would).
 * Rows go in in order of arrival, as a real register fills: stays are registered around their
 * arrival, so the guests of one night lie near each other on disk.
 */
async function generate(count: number) {
  const { rows: indexes } = await db.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes
     WHERE schemaname = $1 AND tablename = 'stays' AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    [SCHEMA],
  );
  for (const index of indexes) await db.query(`DROP INDEX "${index.name}"`);
  await db.query('ALTER TABLE stays DISABLE TRIGGER USER');
  const perAccommodation = Math.ceil(count / ACCOMMODATIONS);
  const t0 = performance.now();
  await db.query(
    `INSERT INTO stays (accommodation_id, municipality_id, number, version, status, source, arrival, departure, persons, purpose, guest, surname_search, created_at, updated_at)
     SELECT a.id, a.municipality_id, a.last_stay_number + g.n, 1, 'registered', 'import', d.arrival,
            d.arrival + (1 + (g.n * 7919 + a.k) % 6)::int, 1 + g.n % 4, 'tourist',
            jsonb_build_object('initials', 'A.', 'surname', 'Gast' || g.n, 'residence', 'Utrecht', 'country', 'NL',
                               'dateOfBirth', '1980-01-01', 'nationality', 'NL', 'documentType', 'passport', 'documentNumber', null),
            'a. gast' || g.n, now(), now()
     FROM (SELECT id, municipality_id, last_stay_number, row_number() OVER (ORDER BY id) AS k FROM accommodations) a
     CROSS JOIN generate_series(1, $1::int) g(n)
     CROSS JOIN LATERAL (SELECT date '2024-01-01' + ((g.n::bigint * 104729 + a.k * 7919) % 1095)::int AS arrival) d
     ORDER BY d.arrival`,
    [perAccommodation],
  );
  await db.query(`UPDATE accommodations SET last_stay_number = last_stay_number + $1`, [perAccommodation]);
  const inserted = performance.now() - t0;
  const t1 = performance.now();
  for (const index of indexes) await db.query(index.def);
  await db.query('ALTER TABLE stays ENABLE TRIGGER USER');
  // What autovacuum does to a register that has settled: statistics and the visibility map.
  await db.query('VACUUM ANALYZE stays');
  return { rows: perAccommodation * ACCOMMODATIONS, insertSeconds: inserted / 1000, indexSeconds: (performance.now() - t1) / 1000 };
}

const generated = await generate(STAYS);
const { rows: accommodationRows } = await db.query<{ id: string }>('SELECT id FROM accommodations ORDER BY id');
const accommodationIds = accommodationRows.map((r) => r.id);
const night = (i: number) => {
  const d = new Date(Date.UTC(2024, 0, 1) + ((i * 7_919) % 1_095) * 86_400_000);
  return d.toISOString().slice(0, 10);
};

/** One inspector at a time gives the answer time; four at once the throughput of two cores. */
async function measurePost(path: string, body: (i: number) => unknown, connections = 1) {
  const c = await csrf(server.base);
  let i = 0;
  const result = await run({
    url: `${server.base}${path}`,
    method: 'POST',
    connections,
    duration: SECONDS,
    headers: { 'content-type': 'application/json', 'x-csrf-token': c.token, cookie: `${c.cookie}; ${server.municipalityCookie}` },
    requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(body(i++)) }) }],
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rate: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const reason = 'Benchmark van de inzage';
const pick = (i: number) => accommodationIds[(i * 31) % accommodationIds.length];
const oneNight = (i: number) => ({ night: night(i), accommodationId: pick(i), reason });
const wholeMunicipality = (i: number) => ({ night: night(i), reason });
const lookups: [string, Awaited<ReturnType<typeof measurePost>>][] = [
  ['night D, one accommodation', await measurePost('/api/inspection/night', oneNight)],
  ['night D, whole municipality', await measurePost('/api/inspection/night', wholeMunicipality)],
  ['present now, one accommodation', await measurePost('/api/inspection/present', (i) => ({ accommodationId: pick(i), reason }))],
  ['long stays (>= 90 nights), municipality', await measurePost('/api/inspection/long-stays', () => ({ minNights: 90, reason }))],
  ['night D, one accommodation, 4 at once', await measurePost('/api/inspection/night', oneNight, 4)],
  ['night D, whole municipality, 4 at once', await measurePost('/api/inspection/night', wholeMunicipality, 4)],
];
const { rows: perNight } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM stays WHERE nights @> $1::date`, [night(1)]);

await db.end();
await server.stop();

console.log(`cores: ${os.availableParallelism()}, PostgreSQL, ${SECONDS} s per look-up figure, 1 connection unless said`);
console.log(`ingest: ${posted} stays through POST /api/v1/stays (1000 a batch, 4 accommodations in parallel)`);
console.log(`  batch API            ${fmt(apiRate, 0).padStart(8)} stays/s`);
console.log(`  raw COPY (same rows) ${fmt(copyRate, 0).padStart(8)} stays/s`);
console.log(`  ratio API / COPY     ${fmt(apiRate / copyRate, 2).padStart(8)}   (target >= 0.3)`);
console.log(
  `register: ${generated.rows} stays over 3 years in ${ACCOMMODATIONS} accommodations of one municipality (generated in ${fmt(generated.insertSeconds)} s, indexed in ${fmt(generated.indexSeconds)} s); ~${perNight[0]?.n ?? 0} stays in a night municipality-wide`,
);
for (const [name, f] of lookups) {
  console.log(`  ${name.padEnd(42)} ${fmt(f.rate).padStart(8)} /s   p50 ${f.p50} ms   p99 ${f.p99} ms   (target p99 < 50 ms)`);
}
