// The postcode table (decision 0016): which municipality a Dutch postcode and house number lie in,
// from CBS's yearly "postcode-huisnummer" publication. The lookup is the database's own function
// (postcode_municipality, migration 0016), which the stays' tax facts also use, so the form's
// answer and the tax's are one. The operator replaces the table with `npm run admin --
// import-postcodes <file>`: CBS's CSV (PC6, Huisnummer, Gemeente<year>), any separator.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/client.ts';

export interface PostcodeTableStatus {
  source: string;
  /** The example shipped with the app, not a CBS file. */
  example: boolean;
  /** Rows of the table: postcodes with a range of house numbers, or whole 4-digit areas. */
  areas: number;
  importedAt: string;
}

/** The municipality code (GM0000) of a postcode and house number, or null when the table has none. */
export async function municipalityOfAddress(db: Db, postcode: string, houseNumber: number): Promise<string | null> {
  const [row] = await queryRows<{ code: string | null }>(db, sql`SELECT postcode_municipality(${postcode}, ${houseNumber}::integer) AS code`);
  return row?.code ?? null;
}

export async function postcodeTableStatus(db: Db): Promise<PostcodeTableStatus | null> {
  const [row] = await queryRows<{ source: string; example: boolean; areas: number; imported_at: Date | string }>(
    db,
    sql`SELECT source, example, areas, imported_at FROM postcode_table`,
  );
  if (!row) return null;
  return { source: row.source, example: row.example, areas: Number(row.areas), importedAt: new Date(row.imported_at).toISOString() };
}

export class PostcodeFileError extends Error {}

/** One stretch of house numbers of a postcode in one municipality. */
interface Range {
  postcode: string;
  from: number;
  to: number;
  code: string;
}

/** Where the CBS columns are in the header row, and the separator. */
function headerOf(line: string): { separator: string; pc6: number; number: number; municipality: number } {
  const separator = [';', ',', '\t'].find((s) => line.includes(s)) ?? ';';
  const names = line.split(separator).map((n) =>
    n
      .replace(/^\uFEFF/, '')
      .replace(/"/g, '')
      .trim()
      .toLowerCase(),
  );
  const pc6 = names.findIndex((n) => n === 'pc6' || n === 'postcode');
  const number = names.indexOf('huisnummer');
  const municipality = names.findIndex((n) => /^(gemeente|gem)(code)?\d{0,4}$/.test(n));
  if (pc6 < 0 || number < 0 || municipality < 0) {
    throw new PostcodeFileError('the header row needs the columns PC6, Huisnummer and Gemeente<year> (CBS "postcode-huisnummer" file)');
  }
  return { separator, pc6, number, municipality };
}

/**
 * The file's addresses as ranges: per postcode its house numbers sorted, and a new range where the
 * municipality changes (a PC6 on a municipal border). Each line is checked; the first bad one stops
 * the import with its line number, and nothing is replaced.
 */
export async function readPostcodeFile(file: string): Promise<Range[]> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const byPostcode = new Map<string, number[]>();
  let header: ReturnType<typeof headerOf> | null = null;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (!line.trim()) continue;
    if (!header) {
      header = headerOf(line);
      continue;
    }
    const cells = line.split(header.separator).map((c) => c.replace(/"/g, '').trim());
    const postcode = (cells[header.pc6] ?? '').replace(/\s/g, '').toUpperCase();
    const number = Number(cells[header.number]);
    const code = /^(?:GM)?(\d{1,4})$/i.exec(cells[header.municipality] ?? '')?.[1];
    if (!/^[1-9]\d{3}[A-Z]{2}$/.test(postcode) || !Number.isInteger(number) || number < 0 || number > 99_999 || !code) {
      throw new PostcodeFileError(`line ${lineNumber}: "${line.slice(0, 80)}" is not a postcode, house number and municipality code`);
    }
    // House number and municipality in one number, so millions of addresses fit in plain arrays.
    const entries = byPostcode.get(postcode) ?? [];
    entries.push(number * 10_000 + Number(code));
    byPostcode.set(postcode, entries);
  }
  if (!header) throw new PostcodeFileError('the file is empty');
  const ranges: Range[] = [];
  for (const [postcode, entries] of byPostcode) {
    entries.sort((a, b) => a - b);
    let current: Range | null = null;
    for (const entry of entries) {
      const number = Math.floor(entry / 10_000);
      const code = `GM${String(entry % 10_000).padStart(4, '0')}`;
      if (current && current.code === code) current.to = number;
      else {
        if (current) ranges.push(current);
        current = { postcode, from: number, to: number, code };
      }
    }
    if (current) ranges.push(current);
  }
  return ranges;
}

const BATCH = 5_000;

/** Replaces the postcode table with the file's, in one transaction: all of it or nothing. */
export async function importPostcodes(db: Db, file: string, now: Date): Promise<PostcodeTableStatus> {
  const ranges = await readPostcodeFile(file);
  if (ranges.length === 0) throw new PostcodeFileError('the file holds no addresses');
  await db.transaction(async (tx) => {
    await tx.execute(sql`DELETE FROM postcode_ranges`);
    for (let i = 0; i < ranges.length; i += BATCH) {
      const batch = ranges.slice(i, i + BATCH);
      await tx.execute(sql`
        INSERT INTO postcode_ranges (postcode, from_number, to_number, municipality_code)
        SELECT * FROM unnest(${sql.param(batch.map((r) => r.postcode))}::text[], ${sql.param(batch.map((r) => r.from))}::int[],
                             ${sql.param(batch.map((r) => r.to))}::int[], ${sql.param(batch.map((r) => r.code))}::text[])
        ON CONFLICT (postcode, from_number) DO NOTHING`);
    }
    await tx.execute(sql`
      INSERT INTO postcode_table (id, source, example, areas, imported_at)
      VALUES (true, ${path.basename(file)}, false, ${ranges.length}, ${now})
      ON CONFLICT (id) DO UPDATE SET source = EXCLUDED.source, example = false, areas = EXCLUDED.areas, imported_at = EXCLUDED.imported_at`);
  });
  const status = await postcodeTableStatus(db);
  if (!status) throw new Error('no postcode table after the import');
  return status;
}
