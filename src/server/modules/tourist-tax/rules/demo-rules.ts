// Example tax rules for the demo municipalities of `npm start`, so an owner can try a return at
// once: Amsterdam's percentage (12.5 % since 2024; before that 7 % plus €3 per person per night for
// at most 21 nights, under-16s exempt) and a per-person rate for Doetinchem. Only municipalities
// without any rule get them; they are examples, not the municipalities' by-laws.
import { sql } from 'drizzle-orm';
import { taxRuleInputSchema, type TaxRuleInput } from '../../../../shared/schemas/tourist-tax.ts';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/client.ts';
import { insertRule } from '../repository.ts';

/** A rule as the municipality's form would send it: the schema fills in what is left out. */
const rule = (fields: Record<string, unknown>): TaxRuleInput => taxRuleInputSchema.parse(fields);

const DEMO_RULES: Record<string, TaxRuleInput[]> = {
  GM0363: [
    rule({ validFrom: '2023-01-01', percentageBasisPoints: 700, perPersonNightCents: 300, nightCap: 21, exemptUnderAge: 16 }),
    rule({ validFrom: '2024-01-01', percentageBasisPoints: 1250 }),
  ],
  GM0222: [
    rule({ validFrom: '2025-01-01', perPersonNightCents: 175, exemptUnderAge: 12 }),
    rule({ accommodationType: 'campsite', validFrom: '2025-01-01', perPersonNightCents: 95, forfaitPerPitchCents: 12_000, exemptUnderAge: 12 }),
  ],
};

export async function seedDemoTaxRules(db: Db, now: Date): Promise<void> {
  for (const [code, rules] of Object.entries(DEMO_RULES)) {
    const [m] = await queryRows<{ id: string }>(db, sql`SELECT id FROM municipalities m WHERE cbs_code = ${code} AND NOT EXISTS (SELECT 1 FROM tax_rules r WHERE r.municipality_id = m.id)`);
    if (!m) continue;
    for (const rule of rules) await insertRule(db, m.id, rule, null, now);
  }
}
