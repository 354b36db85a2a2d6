// The municipality's dashboard figures: overnight stays (person-nights of registered stays) per
// month and accommodation type for a year and the year before, and the beds those months offered.
// Summed in the database from the stays' night ranges; anonymous counts that survive retention.
import { sql } from 'drizzle-orm';
import { ACCOMMODATION_TYPES } from '../../../../shared/accommodation-types.ts';
import type { TaxStatistics } from '../../../../shared/schemas/tourist-tax.ts';
import { STAY_PURPOSES, type StayPurpose } from '../../../../shared/schemas/register.ts';
import { queryRows } from '../../../db/client.ts';
import type { Deps } from '../../../deps.ts';

interface MonthRow {
  month: string;
  accommodation_type: string;
  purpose: StayPurpose;
  person_nights: string | number;
}

export async function taxStatistics(deps: Deps, municipalityId: string, year: number): Promise<TaxStatistics> {
  const rows = await queryRows<MonthRow>(
    deps.db,
    sql`WITH months AS (
          SELECT m::date AS first, (m + interval '1 month')::date AS next
          FROM generate_series(make_date(${year - 1}, 1, 1), make_date(${year}, 12, 1), interval '1 month') m
        )
        SELECT to_char(months.first, 'YYYY-MM') AS month, a.accommodation_type, s.purpose,
               sum(s.persons * (least(s.departure, months.next) - greatest(s.arrival, months.first))) AS person_nights
        FROM stays s
        JOIN accommodations a ON a.id = s.accommodation_id
        JOIN months ON s.arrival < months.next AND s.departure > months.first
        WHERE s.municipality_id = ${municipalityId} AND s.status = 'registered'
          AND s.nights && daterange(make_date(${year - 1}, 1, 1), make_date(${year + 1}, 1, 1))
        GROUP BY 1, 2, 3`,
  );
  const [beds] = await queryRows<{ beds: string | number | null }>(
    deps.db,
    sql`SELECT sum(beds) AS beds FROM accommodations WHERE municipality_id = ${municipalityId} AND status = 'approved'`,
  );
  const bedCount = Number(beds?.beds ?? 0);
  const byMonth = new Map<string, Map<string, number>>();
  // Person-nights by the stay's purpose (decision 0014): the by-laws' exempt groups, month by month.
  const purposes = new Map<string, Partial<Record<StayPurpose, number>>>();
  for (const r of rows) {
    const types = byMonth.get(r.month) ?? new Map<string, number>();
    types.set(r.accommodation_type, (types.get(r.accommodation_type) ?? 0) + Number(r.person_nights));
    byMonth.set(r.month, types);
    const byPurpose = purposes.get(r.month) ?? {};
    byPurpose[r.purpose] = (byPurpose[r.purpose] ?? 0) + Number(r.person_nights);
    purposes.set(r.month, byPurpose);
  }
  const total = (month: string) => [...(byMonth.get(month)?.values() ?? [])].reduce((a, b) => a + b, 0);
  const present = new Set(rows.map((r) => r.accommodation_type));
  const types = ACCOMMODATION_TYPES.filter((t) => present.has(t));
  return {
    year,
    types,
    months: Array.from({ length: 12 }, (_, i) => {
      const month = `${year}-${String(i + 1).padStart(2, '0')}`;
      const days = new Date(Date.UTC(year, i + 1, 0)).getUTCDate();
      return {
        month,
        personNights: total(month),
        byType: Object.fromEntries(types.map((t) => [t, byMonth.get(month)?.get(t) ?? 0])),
        byPurpose: Object.fromEntries(STAY_PURPOSES.map((p) => [p, purposes.get(month)?.[p] ?? 0])) as Record<StayPurpose, number>,
        previousYearPersonNights: total(`${year - 1}-${String(i + 1).padStart(2, '0')}`),
        bedNights: bedCount * days,
      };
    }),
  };
}
