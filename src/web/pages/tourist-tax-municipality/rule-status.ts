// Where a rule version stands today: not started yet (it can still be withdrawn), the version
// that applies now, or replaced by a newer version of the same accommodation type and stars.
import type { TaxRule } from '../../../shared/schemas/tourist-tax.ts';

export type RuleStatus = 'planned' | 'current' | 'superseded';

export function ruleStatus(rule: TaxRule, rules: readonly TaxRule[], today: string): RuleStatus {
  if (rule.validFrom > today) return 'planned';
  const replaced = rules.some(
    (other) =>
      other.id !== rule.id &&
      other.accommodationType === rule.accommodationType &&
      other.starRating === rule.starRating &&
      other.validFrom > rule.validFrom &&
      other.validFrom <= today,
  );
  return replaced ? 'superseded' : 'current';
}
