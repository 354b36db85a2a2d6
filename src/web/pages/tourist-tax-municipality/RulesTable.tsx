// The rule versions as a table: for whom, from when, what they charge and who is exempt, and
// "Intrekken" for a version that has not started yet.
import { useTranslation } from 'react-i18next';
import type { TaxRule } from '../../api/tax-municipality.ts';
import { Button } from '../../components/Button.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { DUTCH, formatBasisPoints, formatMoney } from '../../tourist-tax/figures.ts';
import { forfaitParts } from '../../tourist-tax/forfait-text.ts';
import { RuleSource } from '../../tourist-tax/RuleSource.tsx';
import { ruleStatus } from './rule-status.ts';
import { chosenExemptions } from '../../../shared/schemas/tourist-tax.ts';

interface RulesTableProps {
  rules: readonly TaxRule[];
  today: string;
  /** The rule being withdrawn, if any. */
  withdrawing: string | null;
  onWithdraw: (rule: TaxRule) => void;
}

export function RulesTable({ rules, today, withdrawing, onWithdraw }: RulesTableProps) {
  const { t } = useTranslation();
  const none = t('taxMunicipality.none');
  const typeOf = (rule: TaxRule) => (rule.accommodationType ? t(`accommodationType.${rule.accommodationType}`) : t('taxMunicipality.rules.allTypes'));
  const starsOf = (rule: TaxRule) => (rule.starRating ? t('taxMunicipality.rules.stars', { count: rule.starRating }) : t('taxMunicipality.rules.allStars'));
  const exemptionsOf = (rule: TaxRule) => {
    // Residents are exempt by law (decision 0014): always listed.
    const list = [t('taxMunicipality.rules.exemptions.residents')];
    for (const reason of chosenExemptions(rule)) {
      if (reason === 'under_age') {
        if (rule.exemptUnderAge !== null) list.push(t('taxMunicipality.rules.exemptions.underAge', { age: rule.exemptUnderAge }));
      } else
        list.push(
          reason === 'international_worker' ? t('taxMunicipality.rules.exemptions.internationalWorkers') : t(`taxMunicipality.rules.exemptions.${reason}`),
        );
    }
    const workerRate = rule.purposeRates?.international_worker;
    if (workerRate !== undefined) list.push(t('taxMunicipality.rules.exemptions.workerRate', { amount: formatMoney(workerRate) }));
    return list.length > 0 ? list.join(', ') : t('taxMunicipality.rules.exemptions.none');
  };
  const c = (
    key: 'accommodationType' | 'stars' | 'validFrom' | 'status' | 'perPersonNight' | 'percentage' | 'nightCap' | 'forfait' | 'exemptions' | 'actions',
  ) => t(`taxMunicipality.rules.columns.${key}`);
  return (
    <DataTable
      caption={t('taxMunicipality.rules.caption')}
      columns={[
        c('accommodationType'),
        c('stars'),
        c('validFrom'),
        c('status'),
        c('perPersonNight'),
        c('percentage'),
        c('nightCap'),
        c('forfait'),
        c('exemptions'),
        t('taxBase.source.column'),
        c('actions'),
      ]}
    >
      {rules.map((rule) => {
        const status = ruleStatus(rule, rules, today);
        return (
          <tr key={rule.id} className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="row">
              {typeOf(rule)}
            </th>
            <td className="utrecht-table__cell">{starsOf(rule)}</td>
            <td className="utrecht-table__cell">{formatDate(rule.validFrom)}</td>
            <td className="utrecht-table__cell">
              <span className={`nr-tax-badge nr-tax-badge--${status}`}>{t(`taxMunicipality.rules.status.${status}`)}</span>
            </td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
              {rule.perPersonNightCents === null ? none : formatMoney(rule.perPersonNightCents, DUTCH)}
            </td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
              {rule.percentageBasisPoints === null ? none : formatBasisPoints(rule.percentageBasisPoints, DUTCH)}
            </td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
              {rule.nightCap === null ? none : t('taxMunicipality.rules.nightCap', { count: rule.nightCap })}
            </td>
            <td className="utrecht-table__cell">{forfaitParts(rule, t, (cents) => formatMoney(cents, DUTCH)).join('; ') || none}</td>
            <td className="utrecht-table__cell">{exemptionsOf(rule)}</td>
            <td className="utrecht-table__cell">
              <RuleSource rule={rule} />
            </td>
            <td className="utrecht-table__cell">
              {status === 'planned' && (
                <Button appearance="subtle" busy={withdrawing === rule.id} disabled={withdrawing !== null} onClick={() => onWithdraw(rule)}>
                  {t('taxMunicipality.rules.withdraw')}
                  <span className="nr-visually-hidden">
                    {' '}
                    {t('taxMunicipality.rules.withdrawWhat', { type: typeOf(rule), stars: starsOf(rule), date: formatDate(rule.validFrom) })}
                  </span>
                </Button>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
