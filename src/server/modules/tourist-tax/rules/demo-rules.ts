// Example tax rules for the demo municipalities of `npm start`, so an owner can try a return at
// once: Amsterdam's percentage (12.5 % since 2024; before that 7 % plus €3 per person per night for
// at most 21 nights, under-16s exempt) and a per-person rate for Doetinchem. Only municipalities
// without any rule get them. Each says where it comes from: Amsterdam's cite its by-laws in the
// CVDR, Doetinchem's are marked as examples, not the municipality's by-law.
import { sql } from 'drizzle-orm';
import { taxRuleInputSchema, type TaxRuleInput } from '../../../../shared/schemas/tourist-tax.ts';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/client.ts';
import { insertRule } from '../repository.ts';

/** A rule as the municipality's form would send it: the schema fills in what is left out. */
const rule = (fields: Record<string, unknown>): TaxRuleInput => taxRuleInputSchema.parse(fields);

// No figure without a source (decision 0010): a demo rate cites its by-law, or says it is none.
const AMSTERDAM_2024 = {
  sourceCitation: 'Verordening Toeristenbelasting 2024 (Amsterdam): 12,5 % van de overnachtingsprijs exclusief btw',
  sourceUrl: 'https://lokaleregelgeving.overheid.nl/CVDR703815',
};
const AMSTERDAM_2020 = {
  sourceCitation:
    'Voorbeeld naar de Verordening Toeristenbelasting 2020 (Amsterdam), tarief 2023: 7 % en € 3 per persoon per nacht; nachtgrens en leeftijd zijn voorbeelden',
  sourceUrl: 'https://lokaleregelgeving.overheid.nl/CVDR629993',
};
const EXAMPLE = { sourceCitation: 'Voorbeeld, geen echte verordening', sourceUrl: null };

const DEMO_RULES: Record<string, TaxRuleInput[]> = {
  GM0363: [
    rule({ validFrom: '2023-01-01', percentageBasisPoints: 700, perPersonNightCents: 300, nightCap: 21, exemptUnderAge: 16, ...AMSTERDAM_2020 }),
    rule({ validFrom: '2024-01-01', percentageBasisPoints: 1250, ...AMSTERDAM_2024 }),
  ],
  GM0222: [
    rule({ validFrom: '2025-01-01', perPersonNightCents: 175, exemptUnderAge: 12, ...EXAMPLE }),
    rule({
      ...EXAMPLE,
      accommodationType: 'campsite',
      validFrom: '2025-01-01',
      perPersonNightCents: 95,
      forfaitYearCents: 12_000,
      forfaitSeasonCents: 9_000,
      exemptUnderAge: 12,
    }),
  ],
};

export async function seedDemoTaxRules(db: Db, now: Date): Promise<void> {
  for (const [code, rules] of Object.entries(DEMO_RULES)) {
    const [m] = await queryRows<{ id: string }>(
      db,
      sql`SELECT id FROM municipalities m WHERE cbs_code = ${code} AND NOT EXISTS (SELECT 1 FROM tax_rules r WHERE r.municipality_id = m.id)`,
    );
    if (!m) continue;
    for (const rule of rules) await insertRule(db, m.id, rule, null, now);
  }
}
