// "Tarieven": the return period and deadline, the rule versions, and the form to add one. After
// a rule is added or withdrawn the list is read again, so it shows the server's order and the
// version that now applies.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dutchToday } from '../../../shared/register/dates.ts';
import { getTaxConfiguration, withdrawTaxRule, type TaxConfiguration, type TaxRule } from '../../api/tax-municipality.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';
import { AddRuleForm } from './AddRuleForm.tsx';
import { RulesTable } from './RulesTable.tsx';
import { TaxSettingsForm } from './TaxSettingsForm.tsx';

export function RatesTab() {
  const { t } = useTranslation();
  const [configuration, setConfiguration] = useState<TaxConfiguration | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [withdrawError, setWithdrawError] = useState<unknown>(null);
  const [withdrawn, setWithdrawn] = useState(false);
  // The withdrawn rule's button disappears with its row; focus moves to the notice instead.
  const notice = useRef<HTMLDivElement>(null);
  const today = dutchToday(new Date());

  const load = useCallback(() => {
    getTaxConfiguration().then((answer) => {
      setConfiguration(answer);
      setLoadError(null);
    }, setLoadError);
  }, []);
  useEffect(load, [load]);

  const withdraw = async (rule: TaxRule) => {
    setWithdrawError(null);
    setWithdrawn(false);
    setWithdrawing(rule.id);
    try {
      await withdrawTaxRule(rule.id);
      setWithdrawn(true);
      load();
      requestAnimationFrame(() => notice.current?.focus());
    } catch (error) {
      setWithdrawError(error);
    } finally {
      setWithdrawing(null);
    }
  };

  return (
    <>
      <ErrorAlert error={loadError} />
      {!configuration && !loadError && <Paragraph>{t('taxMunicipality.loading')}</Paragraph>}
      {configuration && (
        <>
          <Section title={t('taxMunicipality.settings.heading')}>
            <Paragraph>{t('taxMunicipality.settings.intro')}</Paragraph>
            <TaxSettingsForm settings={configuration.settings} onSaved={(settings) => setConfiguration((current) => current && { ...current, settings })} />
          </Section>
          <Section title={t('taxMunicipality.rules.heading')}>
            <Paragraph>{t('taxMunicipality.rules.intro')}</Paragraph>
            <div ref={notice} tabIndex={-1}>
              {withdrawn && <Alert type="ok">{t('taxMunicipality.rules.withdrawn')}</Alert>}
              <ErrorAlert error={withdrawError} />
            </div>
            {configuration.rules.length === 0 ? (
              <Paragraph>{t('taxMunicipality.rules.empty')}</Paragraph>
            ) : (
              <RulesTable rules={configuration.rules} today={today} withdrawing={withdrawing} onWithdraw={(rule) => void withdraw(rule)} />
            )}
          </Section>
          <Section title={t('taxMunicipality.addRule.heading')}>
            <AddRuleForm
              onAdded={() => {
                setWithdrawn(false);
                load();
              }}
            />
          </Section>
        </>
      )}
    </>
  );
}
