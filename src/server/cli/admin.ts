// Operator command line: `npm run admin -- <command>`. Uses the same configuration (DATABASE_URL
// or DATA_DIR) as the server. There are no default passwords: a new admin gets a one-time link.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../config.ts';
import { DatabaseInUseError, openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { KeyConfigurationError } from '../platform/keys/keyring.ts';
import { rotateKeyCommand } from './rotate-key.ts';
import { CODE_TTL_MS } from '../modules/identity/one-time-codes.ts';
import { AccountSetupError, createOperatorAccount } from '../modules/organisations/users/create-operator-account.ts';
import { newMunicipalitySchema } from '../../shared/schemas/organisations.ts';
import { verifyRegisters, VerifyCommandError } from '../modules/register/integrity/verify-command.ts';
import { upsertMunicipalities } from '../modules/organisations/municipalities/repository.ts';
import { importMunicipalities, MunicipalityCsvError } from '../modules/organisations/municipalities/import-municipalities.ts';
import { importPostcodes, PostcodeFileError } from '../modules/register/residency/postcode-table.ts';
import { backupCommand, BackupError, restoreCommand } from '../platform/backup/commands.ts';

const USAGE = `Usage: npm run admin -- <command>

Commands:
  create-admin --email <address>     create a platform administrator and print a one-time link
                                     to choose the password (valid ${CODE_TTL_MS.password_reset / 60_000} minutes)
  create-user --email <address> --role municipality|inspector --municipality <GM0000>
                                     create a municipality user or inspector, with such a link
  add-municipality --code <GM0000> --name <name>
                                     add (or rename) one participating municipality; then invite its
                                     first user with create-user --role municipality
  import-municipalities <file.csv>   add or rename municipalities from CSV: CBS code, name
  import-postcodes <file.csv>        replace the postcode table (which municipality a postcode and
                                     house number lie in) with CBS's "postcode-huisnummer" file:
                                     columns PC6, Huisnummer and Gemeente<year>
  verify-register [--accommodation <id>]
                                     check that no stay or version of the register was removed or
                                     rewritten (all accommodations when omitted); exit code 1 when
                                     a register is not intact
  rotate-key                         re-encrypt stored secrets under SECRET_KEY after a key change
                                     (the former key in SECRET_KEY_PREVIOUS; see docs/operations.md)
  backup <file>                      write a backup of the database to a new file (PostgreSQL:
                                     pg_dump; embedded database: stop the server first)
  restore <file>                     restore a backup into an empty database or empty DATA_DIR
  migrate                            apply database migrations

Links printed here start with PUBLIC_URL (default http://localhost:PORT, PORT default 3000), as the
server's own links do: give this command the same PUBLIC_URL or PORT as the server.`;

class UsageError extends Error {}

/**
 * The command line cannot know where a running server listens: without PUBLIC_URL its links are
 * built from PORT as the server's would be, so an operator whose server has another PORT is told.
 */
const publicUrlNote = (publicUrl: string) =>
  `The link is on ${publicUrl} because PUBLIC_URL is not set; run this command with the server's PUBLIC_URL (or PORT) for a link to that server.`;

async function run(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      municipality: { type: 'string' },
      code: { type: 'string' },
      name: { type: 'string' },
      accommodation: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  if (command === 'backup' || command === 'restore') {
    const file = z.string().min(1).safeParse(rest[0]);
    if (!file.success) throw new UsageError(`${command} needs a file name`);
    // Before anything opens the database: a restore needs it empty, a backup needs PGlite's lock.
    const config = loadConfig();
    console.log(command === 'backup' ? await backupCommand(config, file.data) : await restoreCommand(config, file.data));
    return;
  }
  if (
    !['create-admin', 'create-user', 'add-municipality', 'import-municipalities', 'import-postcodes', 'migrate', 'verify-register', 'rotate-key'].includes(
      command,
    )
  ) {
    throw new UsageError(`unknown command "${command}"`);
  }
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, schema: config.databaseSchema, dataDir: config.dataDir });
  try {
    const applied = await migrate(database);
    if (command === 'migrate') {
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    } else if (command === 'create-admin' || command === 'create-user') {
      const role = command === 'create-admin' ? 'admin' : values.role;
      if (role !== 'admin' && role !== 'municipality' && role !== 'inspector') {
        throw new UsageError('create-user needs --role municipality or --role inspector');
      }
      const link = await createOperatorAccount(database.db, config.publicUrl, { email: values.email, role, municipality: values.municipality });
      console.log(`Account created (${role}). Open this one-time link to choose the password:\n${link}`);
      console.log('Two-factor authentication is set up at the first sign-in.');
      if (!process.env.PUBLIC_URL) console.log(publicUrlNote(config.publicUrl));
    } else if (command === 'rotate-key') {
      console.log(await rotateKeyCommand(config, database));
    } else if (command === 'verify-register') {
      if (!(await verifyRegisters(database.db, values.accommodation))) process.exitCode = 1;
    } else if (command === 'add-municipality') {
      const input = newMunicipalitySchema.safeParse({ code: values.code ?? '', name: values.name ?? '' });
      if (!input.success) throw new UsageError('add-municipality needs --code GM0000 (the CBS code) and --name');
      await upsertMunicipalities(database.db, [{ cbsCode: input.data.code, name: input.data.name }]);
      console.log(`Municipality ${input.data.code} ${input.data.name} is participating.`);
    } else if (command === 'import-postcodes') {
      const file = z.string().min(1).safeParse(rest[0]);
      if (!file.success) throw new UsageError('import-postcodes needs a CSV file');
      const table = await importPostcodes(database.db, file.data, new Date());
      console.log(`Imported ${table.areas} postcode ranges from ${table.source}.`);
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
  if (
    error instanceof UsageError ||
    error instanceof AccountSetupError ||
    error instanceof MunicipalityCsvError ||
    error instanceof PostcodeFileError ||
    error instanceof VerifyCommandError ||
    error instanceof ConfigError ||
    error instanceof BackupError ||
    error instanceof DatabaseInUseError ||
    error instanceof KeyConfigurationError
  ) {
    console.error(`Error: ${error.message}`);
    if (error instanceof UsageError) console.error(`\n${USAGE}`);
  } else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`Error: file not found: ${(error as NodeJS.ErrnoException).path}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
