// Whether the municipality's rate for an accommodation on a day exempts children from its
// per-person amount, and below which age: the stay form tells staff that persons without a date
// of birth get no such exemption ("2 personen zonder leeftijd: geen vrijstelling toegepast").
import { dutchToday } from '../../../../shared/register/dates.ts';
import { chosenExemptions } from '../../../../shared/schemas/tourist-tax.ts';
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import { ruleOn } from '../computation/compute-tax.ts';
import { findTaxedAccommodation, rulesOf } from '../repository.ts';

/** The age under which the rule of `day` (today when unset) exempts persons, or null. */
export async function childExemptionOf(deps: Deps, accommodationId: string, day?: string): Promise<{ underAge: number | null }> {
  const accommodation = await findTaxedAccommodation(deps.db, accommodationId);
  if (!accommodation) throw notFound();
  const rule = ruleOn(day ?? dutchToday(deps.clock.now()), accommodation, await rulesOf(deps.db, accommodation.municipalityId));
  // The exemption only touches the per-person amount: under a percentage alone it changes nothing.
  // And only where the rule chose it (decision 0014): an age without 'under_age' exempts nobody.
  return { underAge: rule && rule.perPersonNightCents !== null && chosenExemptions(rule).includes('under_age') ? rule.exemptUnderAge : null };
}
