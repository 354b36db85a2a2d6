// Checks that src/server/db/schema.ts says what the migrations make (decision 0018). Two empty
// embedded databases: one migrated by the app's own migrate(), one made from schema.ts by
// drizzle-kit (the statements `drizzle-kit generate` would write for it). PostgreSQL's catalogue of
// the second must be found in the first: every table schema.ts declares, its columns both ways
// (type, NOT NULL, default, generated, identity), and the primary keys, unique constraints, foreign
// keys, checks and indexes that schema.ts declares, compared by what they do, not by name.
// What only the migrations have (tables schema.ts does not declare, checks, partial and other
// indexes, triggers, functions, extensions) is theirs and not drift. Prints each difference with
// the statement that would bring the migrated database to schema.ts, and exits 1 on any.
// Usage: npx tsx scripts/check-schema-drift.ts
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api';
import { openDatabase, type Database } from '../src/server/db/client.ts';
import { migrate } from '../src/server/db/migrate.ts';
import * as schema from '../src/server/db/schema.ts';

interface Column {
  table: string;
  column: string;
  type: string;
  notNull: boolean;
  default: string | null;
  /** 's' for a stored generated column, else ''. */
  generated: string;
  /** 'a' (always) or 'd' (by default) for an identity column, else ''. */
  identity: string;
}

interface Catalogue {
  columns: Map<string, Column>;
  tables: Set<string>;
  /** table → the definitions of its constraints and indexes, names left out. */
  rules: Map<string, Set<string>>;
}

const COLUMNS = `
  SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
         a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default,
         a.attgenerated::text AS generated, a.attidentity::text AS identity
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped`;

const CONSTRAINTS = `
  SELECT c.relname AS table, pg_get_constraintdef(con.oid) AS definition
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = current_schema() AND con.contype IN ('p', 'u', 'f', 'c', 'x')`;

/** Indexes of their own, not those behind a constraint. */
const INDEXES = `
  SELECT t.relname AS table, pg_get_indexdef(ix.indexrelid) AS definition
    FROM pg_index ix
    JOIN pg_class t ON t.oid = ix.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
   WHERE n.nspname = current_schema()
     AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid)`;

async function catalogue(database: Database): Promise<Catalogue> {
  return database.withConnection(async (conn) => {
    const columns = new Map<string, Column>();
    const tables = new Set<string>();
    for (const row of (await conn.query(COLUMNS)).rows) {
      const column: Column = {
        table: String(row.table),
        column: String(row.column),
        type: String(row.type),
        notNull: row.not_null === true,
        default: row.default === null ? null : String(row.default),
        generated: String(row.generated ?? ''),
        identity: String(row.identity ?? ''),
      };
      tables.add(column.table);
      columns.set(`${column.table}.${column.column}`, column);
    }
    const rules = new Map<string, Set<string>>();
    const add = (table: string, definition: string) => {
      if (!rules.has(table)) rules.set(table, new Set());
      rules.get(table)?.add(definition);
    };
    for (const row of (await conn.query(CONSTRAINTS)).rows) add(String(row.table), String(row.definition));
    for (const row of (await conn.query(INDEXES)).rows) {
      // "CREATE [UNIQUE] INDEX name ON public.t USING btree (a, b)" without its name.
      const definition = String(row.definition).replace(/^CREATE (UNIQUE )?INDEX \S+ ON /, 'CREATE $1INDEX ON ');
      add(String(row.table), definition);
      // A unique index on plain columns, not partial, does what a unique constraint does.
      const unique = /^CREATE UNIQUE INDEX ON \S+ USING btree \(([\w", ]+)\)( NULLS NOT DISTINCT)?$/.exec(definition);
      if (unique) add(String(row.table), `UNIQUE${unique[2] ?? ''} (${unique[1]})`);
    }
    return { columns, tables, rules };
  });
}

function describe(c: Column): string {
  const parts = [c.type, c.notNull ? 'NOT NULL' : 'NULL'];
  if (c.generated === 's') parts.push(`GENERATED ALWAYS AS (${c.default}) STORED`);
  else if (c.default !== null) parts.push(`DEFAULT ${c.default}`);
  if (c.identity) parts.push(`GENERATED ${c.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY`);
  return parts.join(' ');
}

/** The differences, each as [what differs, the statement that would bring the migrated database to schema.ts]. */
function compare(migrated: Catalogue, declared: Catalogue, ddl: string[]): [string, string][] {
  const found: [string, string][] = [];
  for (const table of [...declared.tables].sort()) {
    if (!migrated.tables.has(table)) {
      // Its CREATE TABLE, and the foreign keys and indexes drizzle-kit adds after it.
      const own = ddl.filter((s) => s.startsWith(`CREATE TABLE "${table}"`) || s.startsWith(`ALTER TABLE "${table}"`) || s.includes(` ON "${table}" `));
      found.push([`table ${table}: in schema.ts, not made by the migrations`, own.map((s) => s.trim()).join('\n')]);
      continue;
    }
    const names = (catalogue: Catalogue) => [...catalogue.columns.values()].filter((c) => c.table === table).map((c) => c.column);
    for (const name of names(declared)) {
      const want = declared.columns.get(`${table}.${name}`) as Column;
      const have = migrated.columns.get(`${table}.${name}`);
      if (!have) {
        found.push([`${table}.${name}: in schema.ts (${describe(want)}), not in the migrations`, `ALTER TABLE ${table} ADD COLUMN ${name} ${describe(want)};`]);
        continue;
      }
      const at = `ALTER TABLE ${table} ALTER COLUMN ${name}`;
      if (want.type !== have.type)
        found.push([`${table}.${name}: type ${want.type} in schema.ts, ${have.type} in the migrations`, `${at} SET DATA TYPE ${want.type};`]);
      if (want.notNull !== have.notNull) {
        const state = (c: Column) => (c.notNull ? 'NOT NULL' : 'nullable');
        found.push([`${table}.${name}: ${state(want)} in schema.ts, ${state(have)} in the migrations`, `${at} ${want.notNull ? 'SET' : 'DROP'} NOT NULL;`]);
      }
      if (want.generated !== have.generated || want.identity !== have.identity || (want.generated && want.default !== have.default)) {
        found.push([
          `${table}.${name}: ${describe(want)} in schema.ts, ${describe(have)} in the migrations`,
          `-- ${table}.${name} made anew as ${describe(want)}`,
        ]);
      } else if (!want.identity && want.default !== have.default) {
        const show = (d: string | null) => (d === null ? 'no default' : `default ${d}`);
        found.push([
          `${table}.${name}: ${show(want.default)} in schema.ts, ${show(have.default)} in the migrations`,
          want.default === null ? `${at} DROP DEFAULT;` : `${at} SET DEFAULT ${want.default};`,
        ]);
      }
    }
    for (const name of names(migrated)) {
      if (!declared.columns.has(`${table}.${name}`)) {
        const have = migrated.columns.get(`${table}.${name}`) as Column;
        found.push([`${table}.${name}: made by the migrations (${describe(have)}), not in schema.ts`, `ALTER TABLE ${table} DROP COLUMN ${name};`]);
      }
    }
    const present = migrated.rules.get(table) ?? new Set<string>();
    for (const rule of declared.rules.get(table) ?? []) {
      if (present.has(rule)) continue;
      const statement = rule.startsWith('CREATE ') ? `${rule};` : `ALTER TABLE ${table} ADD ${rule};`;
      found.push([`${table}: ${rule} in schema.ts, not in the migrations`, statement]);
    }
  }
  return found;
}

const started = Date.now();
const [migrated, declared] = await Promise.all([openDatabase({ dataDir: 'memory://' }), openDatabase({ dataDir: 'memory://' })]);
try {
  await migrate(migrated);
  // The statements drizzle-kit would generate for schema.ts from nothing: no question is asked.
  const ddl = await generateMigration(generateDrizzleJson({}), generateDrizzleJson(schema));
  await declared.withConnection(async (conn) => {
    for (const statement of ddl) await conn.exec(statement);
  });
  const [have, want] = await Promise.all([catalogue(migrated), catalogue(declared)]);
  const drift = compare(have, want, ddl);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const onlyInMigrations = [...have.tables].filter((t) => !want.tables.has(t)).sort();
  const kinds = new Map<string, number>();
  for (const table of want.tables) {
    for (const rule of have.rules.get(table) ?? []) {
      if (want.rules.get(table)?.has(rule)) continue;
      const kind = /^(CHECK|UNIQUE|FOREIGN KEY|PRIMARY KEY|EXCLUDE|CREATE UNIQUE INDEX|CREATE INDEX)/.exec(rule)?.[1] ?? 'other';
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
  }
  console.log(`Tables only the migrations make (not drift): ${onlyInMigrations.join(', ') || 'none'}.`);
  console.log(`On the tables of schema.ts, only the migrations have (not drift): ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ') || 'nothing'}.`);
  if (drift.length === 0) {
    console.log(`No schema drift: the ${want.tables.size} tables of schema.ts match the migrations (${seconds} s).`);
  } else {
    console.log(`\nSchema drift: ${drift.length} differences between src/server/db/schema.ts and the migrations.\n`);
    for (const [what, statement] of drift) console.log(`  ${what}\n      ${statement.replace(/\n/g, '\n      ')}`);
    console.log(`\nFix schema.ts where the migrations are right, or add a migration (${seconds} s).`);
  }
  process.exitCode = drift.length === 0 ? 0 : 1;
} finally {
  await Promise.all([migrated.close(), declared.close()]);
}
