// Queries on municipalities.
import { createHash } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { municipalities } from '../../../db/schema.ts';

export async function listActiveMunicipalities(db: Db) {
  return db
    .select({ id: municipalities.id, code: municipalities.cbsCode, name: municipalities.name })
    .from(municipalities)
    .where(eq(municipalities.active, true))
    .orderBy(asc(municipalities.name));
}

export async function findMunicipality(db: Db, id: string) {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.id, id)).limit(1);
  return row;
}

/** Adds or renames municipalities by CBS code; returns how many rows were written. */
export async function upsertMunicipalities(db: Db, rows: { cbsCode: string; name: string }[]): Promise<number> {
  if (rows.length === 0) return 0;
  const written = await db
    .insert(municipalities)
    .values(rows)
    .onConflictDoUpdate({ target: municipalities.cbsCode, set: { name: sql`excluded.name` } })
    .returning({ id: municipalities.id });
  return written.length;
}

/** What entrepreneurs and municipality users see of their municipality: contact details and theme. */
export function municipalityView(m: typeof municipalities.$inferSelect) {
  return {
    id: m.id,
    code: m.cbsCode,
    name: m.name,
    contactEmail: m.contactEmail,
    contactPhone: m.contactPhone,
    contactText: m.contactText,
    themeColor: m.themeColor,
    // The logo's URL changes with the logo, so browsers may cache it forever.
    logoUrl: m.logo ? `/api/municipalities/${m.id}/logo?v=${logoVersion(m.logo)}` : null,
  };
}

function logoVersion(logo: Buffer): string {
  return createHash('sha256').update(logo).digest('hex').slice(0, 12);
}
