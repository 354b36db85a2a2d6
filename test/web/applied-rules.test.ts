// The live preview of the forfait and the list of rates on the owner's return page agree with
// how the server picks rates: matching type and stars, most specific first, latest started.
import { describe, expect, it } from 'vitest';
import type { TaxRule } from '../../src/shared/schemas/tourist-tax.ts';
import { appliedRules, forfaitCents } from '../../src/web/pages/tax-return/applied-rules.ts';

function rule(overrides: Partial<TaxRule>): TaxRule {
  return {
    id: 'r',
    accommodationType: null,
    starRating: null,
    validFrom: '2025-01-01',
    perPersonNightCents: null,
    percentageBasisPoints: null,
    nightCap: null,
    forfaitPerPitchCents: null,
    exemptUnderAge: null,
    exemptResidents: true,
    exemptInternationalWorkers: false,
    ...overrides,
  };
}

const campsite = { id: 'a', companyName: 'Camping', accommodationType: 'campsite', starRating: null };
const quarter = { from: '2026-04-01', to: '2026-06-30' };

describe('appliedRules', () => {
  it('keeps the rates of this accommodation in force during the period', () => {
    const general = rule({ id: 'general', perPersonNightCents: 200 });
    const hotel = rule({ id: 'hotel', accommodationType: 'hotel', perPersonNightCents: 500 });
    const camping = rule({ id: 'camping', accommodationType: 'campsite', perPersonNightCents: 150 });
    const cheaper = rule({ id: 'camping-may', accommodationType: 'campsite', validFrom: '2026-05-01', perPersonNightCents: 100 });
    const later = rule({ id: 'camping-2027', accommodationType: 'campsite', validFrom: '2027-01-01', perPersonNightCents: 90 });
    const applied = appliedRules({ ...quarter, accommodation: campsite, rules: [general, hotel, camping, cheaper, later] });
    expect(applied.map((r) => r.id)).toEqual(['camping', 'camping-may']);
  });
});

describe('forfaitCents', () => {
  it('charges a twelfth of the yearly amount per month, rounded once', () => {
    const forfait = rule({ accommodationType: 'campsite', forfaitPerPitchCents: 10_000 });
    // 3 months × 2 pitches × € 100 / 12 = € 50.
    expect(forfaitCents({ ...quarter, accommodation: campsite, rules: [forfait] }, 2)).toBe(5_000);
    // 3 months × 1 pitch × € 1,01 / 12 = 25,25 cents → 25.
    expect(forfaitCents({ ...quarter, accommodation: campsite, rules: [rule({ forfaitPerPitchCents: 101 })] }, 1)).toBe(25);
    expect(forfaitCents({ ...quarter, accommodation: campsite, rules: [forfait] }, 0)).toBe(0);
  });

  it('takes the rate on the first day of each month', () => {
    const april = rule({ forfaitPerPitchCents: 12_000 });
    const fromMid = rule({ validFrom: '2026-05-15', forfaitPerPitchCents: 24_000 });
    // April and May at € 120, June at € 240: (120 + 120 + 240) / 12 = € 40.
    expect(forfaitCents({ ...quarter, accommodation: campsite, rules: [april, fromMid] }, 1)).toBe(4_000);
  });
});
