// Operator command line: `npm run admin -- <command>`. Uses the same configuration (DATABASE_URL
// or DATA_DIR) as the server. There are no default passwords: a new admin gets a one-time link.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { users } from '../db/schema.ts';
import { recordAudit } from '../platform/audit.ts';
import { systemClock } from '../platform/clock.ts';
import { email as emailField } from '../../shared/schemas/fields.ts';
import { CODE_TTL_MS, issueCode } from '../modules/accounts/one-time-codes.ts';
import { findUserByEmail } from '../modules/accounts/users.repository.ts';
import {
  importMunicipalities,
  MunicipalityCsvError,
} from '../modules/organisations/municipalities/import-municipalities.ts';

const USAGE = `Usage: npm run admin -- <command>

Commands:
  create-admin --email <address>     create a platform administrator and print a one-time link
                                     to choose the password (valid ${CODE_TTL_MS.password_reset / 60_000} minutes)
  import-municipalities <file.csv>   add or rename municipalities from CSV: CBS code, name
  migrate                            apply database migrations`;

class UsageError extends Error {}

async function createAdmin(database: Database, publicUrl: string, rawEmail: string | undefined): Promise<string> {
  const parsed = emailField.safeParse(rawEmail ?? '');
  if (!parsed.success) throw new UsageError('create-admin needs --email with a valid email address');
  const email = parsed.data;
  if (await findUserByEmail(database.db, email)) throw new UsageError(`an account for ${email} already exists`);
  const now = systemClock.now();
  const code = await database.db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email, role: 'admin', emailConfirmedAt: now, name: email })
      .returning({ id: users.id });
    if (!user) throw new Error('insert returned no row');
    await recordAudit(tx, { action: 'admin.created', occurredAt: now, subjectUserId: user.id, details: { via: 'cli' } });
    return issueCode(tx, user.id, 'password_reset', now);
  });
  return `${publicUrl}/code-ontvangen?code=${code}`;
}

async function run(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  if (!['create-admin', 'import-municipalities', 'migrate'].includes(command)) {
    throw new UsageError(`unknown command "${command}"`);
  }
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, schema: config.databaseSchema, dataDir: config.dataDir });
  try {
    const applied = await migrate(database);
    if (command === 'migrate') {
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    } else if (command === 'create-admin') {
      const link = await createAdmin(database, config.publicUrl, values.email);
      console.log(`Admin created. Open this one-time link to choose the password:\n${link}`);
    } else {
      const file = z.string().min(1).safeParse(rest[0]);
      if (!file.success) throw new UsageError('import-municipalities needs a CSV file');
      const count = await importMunicipalities(database.db, file.data);
      console.log(`Imported ${count} municipalities.`);
    }
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof MunicipalityCsvError || error instanceof ConfigError) {
    console.error(`Error: ${error.message}`);
    if (error instanceof UsageError) console.error(`\n${USAGE}`);
  } else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`Error: file not found: ${(error as NodeJS.ErrnoException).path}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
