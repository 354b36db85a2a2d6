// Imports municipalities from CSV (CBS code, name), as used by `npm run admin --
// import-municipalities` and for the demo data. Codes may be written "GM0222" or "0222".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Db } from '../../../db/client.ts';
import { upsertMunicipalities } from './repository.ts';

export const DEMO_MUNICIPALITIES_CSV = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data/demo-municipalities.csv');

export class MunicipalityCsvError extends Error {}

export function parseMunicipalityCsv(text: string): { cbsCode: string; name: string }[] {
  const records = parse(text, { skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  const rows: { cbsCode: string; name: string }[] = [];
  records.forEach((record, index) => {
    const [rawCode = '', name = ''] = record;
    const digits = /^(GM)?([0-9]{4})$/i.exec(rawCode)?.[2];
    if (!digits) {
      if (index === 0) return; // a header row
      throw new MunicipalityCsvError(`line ${index + 1}: "${rawCode}" is not a CBS municipality code (GM0000)`);
    }
    if (!name) throw new MunicipalityCsvError(`line ${index + 1}: the name is missing`);
    rows.push({ cbsCode: `GM${digits}`, name });
  });
  return rows;
}

export async function importMunicipalities(db: Db, file: string): Promise<number> {
  const rows = parseMunicipalityCsv(fs.readFileSync(file, 'utf8'));
  return db.transaction((tx) => upsertMunicipalities(tx, rows));
}
