// What a tax audit keeps of an erased stay (decision 0015): one anonymous row per person with the
// nights, the age band, whether the guest lives in the municipality, the stay's purpose, the
// exemption the rule in force on arrival gave, and the person's share of the base. Written in the
// transaction that erases the guests; deleted once the municipality can no longer audit the stay:
// five years after the end of the year of the definitive aanslag over it (the navorderingstermijn
// of AWR art. 16(3) and the municipalities' audit practice), or of its departure's year without one.
import { sql } from 'drizzle-orm';
import type { StayPurpose } from '../../../../shared/schemas/register.ts';
import { TAX_EXEMPTIONS, type TaxRule } from '../../../../shared/schemas/tourist-tax.ts';
import { queryRows, type Db } from '../../../db/client.ts';
import { computeTax, underCounts } from '../../tourist-tax/computation/compute-tax.ts';

/** Ages above this are kept as this: every by-law's child exemption lies below 18. */
export const ADULT_BAND = 18;
/** Years after the end of the year of the definitive aanslag that the facts are kept. */
export const AUDIT_YEARS = 5;

export interface ErasedStay {
  id: string;
  number: number;
  accommodation_id: string;
  accommodation_type: string;
  star_rating: number | null;
  status: string;
  arrival: string;
  departure: string;
  persons: number;
  purpose: StayPurpose;
  residents: number;
  guest_ages: number[] | string;
  lodging_price_cents: string | number | null;
}

export interface PersonFact {
  person: number;
  nights: number;
  resident: boolean;
  ageBand: number | null;
  exemptionReason: string | null;
  baseCents: number | null;
}

/** PGlite returns smallint[] as an array, node-postgres as '{1,2}' text. */
function agesOf(value: number[] | string): number[] {
  if (Array.isArray(value)) return value.map(Number);
  return value.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number);
}

function nightsOf(arrival: string, departure: string): number {
  return Math.round((Date.parse(`${departure}T00:00:00Z`) - Date.parse(`${arrival}T00:00:00Z`)) / 86_400_000);
}

/** The share of `total` carried by the first k of n parts, rounded half up (shares add up to total). */
const carried = (total: number, k: number, n: number) => Math.floor((2 * total * k + n) / (2 * n));

/**
 * The exemption the rules gave this person, asked of the tax computation itself (one person, the
 * stay's nights), so the reason is the one a return gives; null when the person was taxed.
 */
function exemptionOf(stay: ErasedStay, rules: readonly TaxRule[], ageBand: number | null, resident: boolean): string | null {
  const ages = ageBand === null ? [] : [ageBand];
  const { totals } = computeTax({
    period: { from: stay.arrival, to: stay.departure },
    accommodation: { accommodationType: stay.accommodation_type, starRating: stay.star_rating },
    rules,
    stays: [
      {
        kind: 'stay',
        stayId: stay.id,
        stayNumber: stay.number,
        arrival: stay.arrival,
        departure: stay.departure,
        persons: 1,
        purpose: stay.purpose,
        residents: resident ? 1 : 0,
        under: underCounts(
          ages,
          rules.flatMap((r) => (r.exemptUnderAge === null ? [] : [r.exemptUnderAge])),
        ),
        knownAges: ages.length,
        lodgingPriceCents: null,
      },
    ],
  });
  return TAX_EXEMPTIONS.find((reason) => (totals.exempt[reason] ?? 0) > 0) ?? null;
}

/**
 * The persons of a stay as audit rows: first its residents (decision 0016), then the others, the
 * known ages of whom (guest_ages, the main guest first) go to the first of them; residents and
 * persons without a known age keep no age band.
 */
export function personFacts(stay: ErasedStay, rules: readonly TaxRule[]): PersonFact[] {
  const ages = agesOf(stay.guest_ages);
  const residents = Number(stay.residents);
  const nights = nightsOf(stay.arrival, stay.departure);
  const price = stay.lodging_price_cents === null ? null : Number(stay.lodging_price_cents);
  return Array.from({ length: stay.persons }, (_, i) => {
    const resident = i < residents;
    const age = resident ? undefined : ages[i - residents];
    const ageBand = age === undefined ? null : Math.min(age, ADULT_BAND);
    return {
      person: i + 1,
      nights,
      resident,
      ageBand,
      exemptionReason: exemptionOf(stay, rules, ageBand, resident),
      baseCents: price === null ? null : carried(price, i + 1, stay.persons) - carried(price, i, stay.persons),
    };
  });
}

/** Writes the audit rows of the registered stays among `stays` (cancelled stays owe no tax). */
export async function keepTaxFacts(tx: Db, municipalityId: string, stays: readonly ErasedStay[], rules: readonly TaxRule[], now: Date): Promise<void> {
  const rows = stays
    .filter((s) => s.status === 'registered')
    .flatMap((s) =>
      personFacts(s, rules).map(
        (p) =>
          sql`(${s.id}::uuid, ${p.person}, ${municipalityId}::uuid, ${s.accommodation_id}::uuid, ${s.number}, ${s.arrival}::date, ${s.departure}::date,
               ${p.nights}, ${p.ageBand}, ${p.resident}, ${s.purpose}, ${p.exemptionReason}, ${p.baseCents}, ${now})`,
      ),
    );
  if (rows.length === 0) return;
  await tx.execute(sql`
    INSERT INTO retained_tax_facts (stay_id, person, municipality_id, accommodation_id, stay_number, arrival, departure,
      nights, age_band, resident, purpose, exemption_reason, base_cents, erased_at)
    VALUES ${sql.join(rows, sql`, `)}
    ON CONFLICT (stay_id, person) DO NOTHING`);
}

/**
 * Deletes the audit rows past their term on `today`: five years after the end of the year of
 * the latest definitive aanslag of the accommodation whose period holds the stay's arrival, or
 * of the year of the departure when there is none.
 */
export async function purgeAuditedTaxFacts(db: Db, today: string): Promise<number> {
  const rows = await queryRows<{ stay_id: string }>(
    db,
    sql`DELETE FROM retained_tax_facts f
        WHERE make_date(extract(year FROM coalesce(
                (SELECT max(a.dated_on) FROM tax_assessments a
                  WHERE a.accommodation_id = f.accommodation_id AND a.kind = 'definitief'
                    AND f.arrival BETWEEN a.period_start AND a.period_end),
                f.departure))::int + ${AUDIT_YEARS} + 1, 1, 1) <= ${today}::date
        RETURNING f.stay_id`,
  );
  return rows.length;
}

export interface RetainedTaxFact {
  accommodationId: string;
  stayNumber: number;
  person: number;
  arrival: string;
  departure: string;
  nights: number;
  ageBand: number | null;
  resident: boolean;
  purpose: string;
  exemptionReason: string | null;
  baseCents: number | null;
}

/** The municipality's audit rows of stays that arrived in `year`, by accommodation, stay and person. */
export async function retainedTaxFacts(db: Db, municipalityId: string, year: number): Promise<RetainedTaxFact[]> {
  const rows = await queryRows<{
    accommodation_id: string;
    stay_number: number;
    person: number;
    arrival: string;
    departure: string;
    nights: number;
    age_band: number | null;
    resident: boolean;
    purpose: string;
    exemption_reason: string | null;
    base_cents: string | number | null;
  }>(
    db,
    sql`SELECT accommodation_id, stay_number, person, arrival::text AS arrival, departure::text AS departure, nights, age_band,
               resident, purpose, exemption_reason, base_cents
        FROM retained_tax_facts
        WHERE municipality_id = ${municipalityId} AND arrival >= make_date(${year}, 1, 1) AND arrival < make_date(${year + 1}, 1, 1)
        ORDER BY accommodation_id, stay_number, person`,
  );
  return rows.map((r) => ({
    accommodationId: r.accommodation_id,
    stayNumber: Number(r.stay_number),
    person: Number(r.person),
    arrival: r.arrival,
    departure: r.departure,
    nights: Number(r.nights),
    ageBand: r.age_band === null ? null : Number(r.age_band),
    resident: r.resident,
    purpose: r.purpose,
    exemptionReason: r.exemption_reason,
    baseCents: r.base_cents === null ? null : Number(r.base_cents),
  }));
}
