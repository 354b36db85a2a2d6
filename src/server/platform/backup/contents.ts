// What a backup holds, counted in the database it was made from or restored into, so the
// operator sees at once whether the numbers match what the application shows.
import { BackupError } from './errors.ts';

export interface BackupContents {
  accounts: number;
  stays: number;
  taxReturns: number;
}

type Query = (text: string) => Promise<{ rows: Record<string, unknown>[] }>;

/**
 * Counts accounts, stays and tax returns in `schema`. The schema name comes from the validated
 * configuration (a lower-case SQL identifier), so quoting it is enough.
 */
export async function countContents(query: Query, schema = 'public'): Promise<BackupContents> {
  const table = (name: string) => `"${schema}".${name}`;
  const [present] = (await query(`SELECT to_regclass('${table('users')}') IS NOT NULL AS present`)).rows;
  if (!present?.present) {
    throw new BackupError(`there are no Nachtregister tables in schema "${schema}" of this database`);
  }
  const [row] = (
    await query(
      `SELECT (SELECT count(*) FROM ${table('users')}) AS accounts, (SELECT count(*) FROM ${table('stays')}) AS stays, (SELECT count(*) FROM ${table('tax_returns')}) AS tax_returns`,
    )
  ).rows;
  return { accounts: Number(row?.accounts), stays: Number(row?.stays), taxReturns: Number(row?.tax_returns) };
}

export function describeContents(contents: BackupContents): string {
  return `${contents.accounts} accounts, ${contents.stays} stays, ${contents.taxReturns} tax returns`;
}
