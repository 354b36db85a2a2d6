// Which of the municipality's rates apply to this accommodation in a period, and the forfait for
// seasonal pitches as the owner types their number, so "Te betalen" follows the form live. The
// choice mirrors the server's computation: of the versions matching the accommodation (its type
// or every type, its stars or every rating) the most specific, then the latest started; the
// forfait is a twelfth of the yearly amount per month, by the rate on the month's first day,
// rounded half up once. The submitted return's own figure is the one that counts.
import type { TaxReturnView, TaxRule } from '../../api/tax-returns.ts';

type Accommodation = TaxReturnView['accommodation'];

function matches(rule: TaxRule, accommodation: Accommodation): boolean {
  return (
    (rule.accommodationType === null || rule.accommodationType === accommodation.accommodationType) &&
    (rule.starRating === null || rule.starRating === accommodation.starRating)
  );
}

function specificity(rule: TaxRule): number {
  return (rule.accommodationType === null ? 0 : 2) + (rule.starRating === null ? 0 : 1);
}

/** The rate in force on a day for the accommodation, if any. */
export function ruleOn(day: string, accommodation: Accommodation, rules: readonly TaxRule[]): TaxRule | undefined {
  let best: TaxRule | undefined;
  for (const rule of rules) {
    if (!matches(rule, accommodation) || rule.validFrom > day) continue;
    if (!best || specificity(rule) > specificity(best) || (specificity(rule) === specificity(best) && rule.validFrom > best.validFrom)) best = rule;
  }
  return best;
}

/** The rates in force at some time in the period: on its first day and from each change in it. */
export function appliedRules(view: Pick<TaxReturnView, 'accommodation' | 'rules' | 'from' | 'to'>): TaxRule[] {
  const starts = new Set([view.from]);
  for (const rule of view.rules) {
    if (matches(rule, view.accommodation) && rule.validFrom > view.from && rule.validFrom <= view.to) starts.add(rule.validFrom);
  }
  const applied: TaxRule[] = [];
  for (const day of [...starts].sort()) {
    const rule = ruleOn(day, view.accommodation, view.rules);
    if (rule && !applied.includes(rule)) applied.push(rule);
  }
  return applied;
}

/** The first days ('YYYY-MM-01') of the months of [from, to], both 'YYYY-MM-DD' days. */
function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (let guard = 0; guard < 24; guard += 1) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    if (first > to) break;
    months.push(first);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

export function forfaitCents(view: Pick<TaxReturnView, 'accommodation' | 'rules' | 'from' | 'to'>, pitches: number): number {
  if (pitches <= 0) return 0;
  let twelfths = 0;
  for (const first of monthsOf(view.from, view.to)) {
    twelfths += pitches * (ruleOn(first, view.accommodation, view.rules)?.forfaitPerPitchCents ?? 0);
  }
  return Math.round(twelfths / 12);
}
