// The accommodations a municipality (or an admin) oversees: search and filters for the list,
// one accommodation in detail. Every query takes the actor's scope.
import { and, asc, count, eq, gte, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { accommodationListQuerySchema } from '../../../../shared/schemas/organisations.ts';
import { containsPattern, type Db } from '../../../db/client.ts';
import { accommodations, municipalities } from '../../../db/schema.ts';
import type { Scope } from '../../identity/access.ts';

export const PAGE_SIZE = 50;

function inScope(scope: Scope): SQL | undefined {
  if (scope.kind === 'municipality') return eq(accommodations.municipalityId, scope.municipalityId);
  if (scope.kind === 'platform') return undefined;
  return sql`false`;
}

const columns = {
  id: accommodations.id,
  companyName: accommodations.companyName,
  address: accommodations.address,
  postcode: accommodations.postcode,
  city: accommodations.city,
  beds: accommodations.beds,
  accommodationType: accommodations.accommodationType,
  status: accommodations.status,
  createdAt: accommodations.createdAt,
  municipality: { id: municipalities.id, code: municipalities.cbsCode, name: municipalities.name },
  userCount: sql<number>`(SELECT count(*)::int FROM accommodation_members m WHERE m.accommodation_id = accommodations.id)`,
};

export async function listAccommodationsInScope(db: Db, scope: Scope, query: z.output<typeof accommodationListQuerySchema>) {
  const text = query.q ? containsPattern(query.q) : undefined;
  const where = and(
    inScope(scope),
    text
      ? or(ilike(accommodations.companyName, text), ilike(accommodations.address, text), ilike(accommodations.city, text), ilike(accommodations.postcode, text))
      : undefined,
    query.type ? eq(accommodations.accommodationType, query.type) : undefined,
    query.status ? eq(accommodations.status, query.status) : undefined,
    query.minBeds !== undefined ? gte(accommodations.beds, query.minBeds) : undefined,
    query.maxBeds !== undefined ? lte(accommodations.beds, query.maxBeds) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(accommodations)
      .innerJoin(municipalities, eq(municipalities.id, accommodations.municipalityId))
      .where(where)
      .orderBy(asc(accommodations.companyName), asc(accommodations.id))
      .limit(PAGE_SIZE)
      .offset((query.page - 1) * PAGE_SIZE),
    db.select({ n: count() }).from(accommodations).where(where),
  ]);
  return { accommodations: rows, total: total?.n ?? 0, page: query.page, pageSize: PAGE_SIZE };
}

export async function findAccommodationInScope(db: Db, scope: Scope, id: string) {
  const [row] = await db
    .select({
      ...columns,
      kvkNumber: accommodations.kvkNumber,
      phone: accommodations.phone,
      rejectionReason: accommodations.rejectionReason,
      decidedAt: accommodations.decidedAt,
    })
    .from(accommodations)
    .innerJoin(municipalities, eq(municipalities.id, accommodations.municipalityId))
    .where(and(inScope(scope), eq(accommodations.id, id)))
    .limit(1);
  return row;
}
