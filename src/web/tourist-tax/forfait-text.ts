// A rule's forfait in words, for "Tarieven" on the owner's return and the municipality's table:
// "forfait € 319,20 per jaarplaats per jaar; forfait € 270,48 per seizoensplaats per seizoen
// (01-04 tot en met 31-10)" (decision 0013).
import type { TFunction } from 'i18next';
import type { TaxRule } from '../../shared/schemas/tourist-tax.ts';
import { formatMoney } from './figures.ts';

/** 'MM-DD' as the form takes it, dd-mm. */
function dayMonth(monthDay: string): string {
  return `${monthDay.slice(3, 5)}-${monthDay.slice(0, 2)}`;
}

/** The parts of the rule's forfait, empty when it has none. */
export function forfaitParts(rule: TaxRule, t: TFunction, money: (cents: number) => string = formatMoney): string[] {
  const parts: string[] = [];
  if (rule.forfaitYearCents !== null) parts.push(t('taxReturn.rules.forfaitYear', { amount: money(rule.forfaitYearCents) }));
  if (rule.forfaitSeasonCents !== null) {
    parts.push(t('taxReturn.rules.forfaitSeason', { amount: money(rule.forfaitSeasonCents), from: dayMonth(rule.seasonStart), to: dayMonth(rule.seasonEnd) }));
  }
  if (parts.length > 0 && rule.forfaitPerBed) parts.push(t('taxReturn.rules.forfaitPerBed'));
  if (parts.length > 0 && rule.forfaitActualNightsAllowed) parts.push(t('taxReturn.rules.forfaitActualNights'));
  return parts;
}
