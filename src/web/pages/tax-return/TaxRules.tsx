// "Tarieven": the municipality's rates that applied to the period, one sentence each, so the
// owner can follow how the amount was reached.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TaxRule } from '../../api/tax-returns.ts';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { formatBasisPoints, formatMoney, readerLocale } from '../../tourist-tax/figures.ts';
import { forfaitParts } from '../../tourist-tax/forfait-text.ts';
import { RuleSource } from '../../tourist-tax/RuleSource.tsx';
import { chosenExemptions, type RatedPurpose } from '../../../shared/schemas/tourist-tax.ts';

function joinList(parts: readonly string[]): string {
  return new Intl.ListFormat(readerLocale(), { type: 'conjunction' }).format(parts);
}

function describeRule(rule: TaxRule, t: TFunction): string {
  const type = rule.accommodationType
    ? t(`accommodationType.${rule.accommodationType}`, { defaultValue: rule.accommodationType })
    : t('taxReturn.rules.allTypes');
  const stars = rule.starRating === null ? t('taxReturn.rules.allStars') : t('taxReturn.rules.stars', { count: rule.starRating });
  const amounts: string[] = [];
  if (rule.perPersonNightCents !== null) {
    amounts.push(t('taxReturn.rules.perPerson', { amount: formatMoney(rule.perPersonNightCents) }));
    if (rule.nightCap !== null) amounts.push(t('taxReturn.rules.nightCap', { count: rule.nightCap }));
  }
  if (rule.percentageBasisPoints !== null) amounts.push(t('taxReturn.rules.percentage', { percentage: formatBasisPoints(rule.percentageBasisPoints) }));
  amounts.push(...forfaitParts(rule, t));
  const exemptions: string[] = [];
  // Residents are exempt by law (decision 0014), whatever the rule says.
  exemptions.push(t('taxReturn.rules.exemptResidents'));
  for (const reason of chosenExemptions(rule)) {
    if (reason === 'under_age') {
      if (rule.exemptUnderAge !== null) exemptions.push(t('taxReturn.rules.exemptUnderAge', { age: rule.exemptUnderAge }));
    } else exemptions.push(t(`taxReturn.rules.exemptReason.${reason}`));
  }
  for (const [purpose, cents] of Object.entries(rule.purposeRates ?? {}) as [RatedPurpose, number][]) {
    amounts.push(t('taxReturn.rules.purposeRate', { purpose: t(`nightRegister.purpose.${purpose}`), amount: formatMoney(cents) }));
  }
  const exempt = exemptions.length > 0 ? t('taxReturn.rules.exemptions', { list: joinList(exemptions) }) : t('taxReturn.rules.noExemptions');
  return `${t('taxReturn.rules.validFrom', { date: formatDate(rule.validFrom) })} (${t('taxReturn.rules.scope', { type, stars })}): ${amounts.join('; ')}. ${exempt}`;
}

export function TaxRules({ rules }: { rules: readonly TaxRule[] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('taxReturn.rules.heading')}>
      {rules.length === 0 ? (
        <Paragraph>{t('taxReturn.rules.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('taxReturn.rules.intro')}</Paragraph>
          <ul className="utrecht-unordered-list nr-tax-rules">
            {rules.map((rule) => (
              <li key={rule.id} className="utrecht-unordered-list__item">
                {describeRule(rule, t)} {t('taxBase.source.label')} <RuleSource rule={rule} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
