// Whether the municipality's rate for an accommodation on a day exempts children from its
// per-person amount, and below which age: the stay form tells staff that persons without a date
// of birth get no such exemption ("2 personen zonder leeftijd: geen vrijstelling toegepast").
import { dutchToday } from '../../../../shared/register/dates.ts';
import { chosenExemptions } from '../../../../shared/schemas/tourist-tax.ts';
import type { Db } from '../../../db/client.ts';
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import { ruleOn } from '../computation/compute-tax.ts';
import { findTaxedAccommodation, rulesOf } from '../repository.ts';

/** The age under which the rule of `day` (today when unset) exempts persons, or null. */
export async function childExemptionOf(deps: Deps, accommodationId: string, day?: string): Promise<{ underAge: number | null }> {
  const ageOn = await childExemptionAges(deps.db, accommodationId);
  return { underAge: ageOn(day ?? dutchToday(deps.clock.now())) };
}

/**
 * The accommodation's children's exemption by day, its rules read once: for a batch of stays, and
 * for keeping only "jonger dan N?" of a date of birth the municipality does not ask (decision 0017).
 */
export async function childExemptionAges(db: Db, accommodationId: string): Promise<(day: string) => number | null> {
  const accommodation = await findTaxedAccommodation(db, accommodationId);
  if (!accommodation) throw notFound();
  const rules = await rulesOf(db, accommodation.municipalityId);
  return (day) => {
    const rule = ruleOn(day, accommodation, rules);
    // The exemption only touches the per-person amount: under a percentage alone it changes nothing.
    // And only where the rule chose it (decision 0014): an age without 'under_age' exempts nobody.
    return rule && rule.perPersonNightCents !== null && chosenExemptions(rule).includes('under_age') ? rule.exemptUnderAge : null;
  };
}
