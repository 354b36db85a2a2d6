// Builders of the tax computation's inputs for hand-written cases: a rule version with every field
// at its "not set" value, and a stay of one tourist without a price.
import type { TaxStay } from '../../src/server/modules/tourist-tax/computation/compute-tax.ts';
import type { TaxRule } from '../../src/shared/schemas/tourist-tax.ts';

let ids = 0;

/** A new id for a rule built by a test's own generator. */
export function nextRuleId(): string {
  ids += 1;
  return `rule-${ids}`;
}

/** The forfait fields of a rule without a forfait (forfaits have their own tests: forfait.test.ts). */
export const NO_FORFAIT = {
  forfaitYearCents: null,
  forfaitSeasonCents: null,
  seasonStart: '04-01',
  seasonEnd: '10-31',
  forfaitPerBed: false,
  forfaitActualNightsAllowed: false,
};

/** Where a rule comes from does not change what it charges (decision 0010). */
export const NO_SOURCE = { sourceCitation: null, sourceUrl: null };

export function taxRule(fields: Partial<TaxRule> & { validFrom: string }): TaxRule {
  return {
    id: nextRuleId(),
    accommodationType: null,
    starRating: null,
    perPersonNightCents: null,
    percentageBasisPoints: null,
    nightCap: null,
    ...NO_FORFAIT,
    ...NO_SOURCE,
    exemptUnderAge: null,
    purposeRates: {},
    ...fields,
    // As the API's schema defaults it: the children's exemption where an age is set.
    exemptions: fields.exemptions ?? (fields.exemptUnderAge != null ? ['under_age'] : []),
  };
}

export function taxStay(fields: Partial<TaxStay> & { arrival: string; departure: string }): TaxStay {
  ids += 1;
  return { kind: 'stay', stayId: `stay-${ids}`, stayNumber: ids, persons: 1, purpose: 'tourist', residents: 0, under: {}, lodgingPriceCents: null, ...fields };
}
