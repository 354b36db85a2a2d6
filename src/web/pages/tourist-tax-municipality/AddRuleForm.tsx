// "Tarief toevoegen": a new version of a rule, for one accommodation type (or "Alle soorten")
// and star rating (or "Alle"), from a day on. Amounts are typed in euro and percentages in
// percent, Dutch style ("3,95", "12,5"); the API receives cents and basis points.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { ACCOMMODATION_TYPES } from '../../../shared/accommodation-types.ts';
import { addTaxRule, type TaxRule } from '../../api/tax-municipality.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { DayField } from '../register/DayField.tsx';
import { EMPTY_RULE, FORM_EXEMPTIONS, RULE_FIELD_NAMES, ruleFormSchema, type RuleFormOutput, type RuleFormValues } from './rule-form.ts';

const STARS = [1, 2, 3, 4, 5] as const;

export function AddRuleForm({ onAdded }: { onAdded: (rule: TaxRule) => void }) {
  const { t } = useTranslation();
  const form = useForm<RuleFormValues, unknown, RuleFormOutput>({ resolver: zodResolver(ruleFormSchema), defaultValues: EMPTY_RULE });
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [added, setAdded] = useState(false);

  const onSubmit = async (values: RuleFormOutput) => {
    setProblem(null);
    setAdded(false);
    try {
      const { rule } = await addTaxRule(values);
      form.reset(EMPTY_RULE);
      setAdded(true);
      onAdded(rule);
    } catch (error) {
      setProblem(applyApiError(error, form.setError, RULE_FIELD_NAMES));
    }
  };

  const busy = form.formState.isSubmitting;
  const text = (key: 'perPersonNight' | 'percentage' | 'nightCap' | 'forfaitYear' | 'forfaitSeason' | 'seasonStart' | 'seasonEnd' | 'exemptUnderAge') => ({
    label: t(`taxMunicipality.addRule.${key}`),
    description: t(`taxMunicipality.addRule.${key}Description`),
  });
  return (
    <>
      {added && <Alert type="ok">{t('taxMunicipality.addRule.added')}</Alert>}
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} label={t('taxMunicipality.addRule.heading')} onSubmit={onSubmit}>
        <Paragraph>{t('taxMunicipality.addRule.intro')}</Paragraph>
        <Paragraph className="nr-required-note">{t('common.requiredFieldsNote')}</Paragraph>
        <SelectField
          name="accommodationType"
          label={t('taxMunicipality.addRule.accommodationType')}
          placeholder={t('taxMunicipality.addRule.allTypes')}
          options={ACCOMMODATION_TYPES.map((type) => ({ value: type, label: t(`accommodationType.${type}`) }))}
        />
        <SelectField
          name="starRating"
          label={t('taxMunicipality.addRule.starRating')}
          placeholder={t('taxMunicipality.addRule.allStars')}
          options={STARS.map((count) => ({ value: String(count), label: t('taxMunicipality.addRule.starOption', { count }) }))}
        />
        <DayField name="validFrom" label={t('taxMunicipality.addRule.validFrom')} description={t('taxMunicipality.addRule.validFromDescription')} required />
        <TextField name="perPersonNightCents" {...text('perPersonNight')} inputMode="decimal" width="xs" />
        <TextField name="percentageBasisPoints" {...text('percentage')} inputMode="decimal" width="xs" />
        <TextField name="nightCap" {...text('nightCap')} inputMode="numeric" width="xs" />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset nr-form-section">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-heading-3">
            {t('taxMunicipality.addRule.forfaitLegend')}
          </legend>
          <TextField name="forfaitYearCents" {...text('forfaitYear')} inputMode="decimal" width="xs" />
          <TextField name="forfaitSeasonCents" {...text('forfaitSeason')} inputMode="decimal" width="xs" />
          <TextField name="seasonStart" {...text('seasonStart')} width="xs" autoComplete="off" />
          <TextField name="seasonEnd" {...text('seasonEnd')} width="xs" autoComplete="off" />
          <CheckboxField
            name="forfaitPerBed"
            label={t('taxMunicipality.addRule.forfaitPerBed')}
            description={t('taxMunicipality.addRule.forfaitPerBedDescription')}
          />
          <CheckboxField
            name="forfaitActualNightsAllowed"
            label={t('taxMunicipality.addRule.forfaitActualNightsAllowed')}
            description={t('taxMunicipality.addRule.forfaitActualNightsAllowedDescription')}
          />
        </fieldset>
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset nr-form-section nr-tax-exemptions">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-heading-3">
            {t('taxMunicipality.addRule.exemptionsLegend')}
          </legend>
          <TextField name="exemptUnderAge" {...text('exemptUnderAge')} inputMode="numeric" width="xs" />
          <Paragraph>{t('taxMunicipality.addRule.residentsByLaw')}</Paragraph>
          {FORM_EXEMPTIONS.map((reason) => (
            <CheckboxField key={reason} name={`exemptions.${reason}`} label={t(`taxMunicipality.addRule.exempt.${reason}`)} />
          ))}
          <TextField
            name="purposeRates.international_worker"
            label={t('taxMunicipality.addRule.workerRate')}
            description={t('taxMunicipality.addRule.workerRateDescription')}
            inputMode="decimal"
            width="xs"
          />
        </fieldset>
        <TextField name="sourceCitation" label={t('taxBase.ruleForm.sourceCitation')} description={t('taxBase.ruleForm.sourceCitationDescription')} required />
        <TextField name="sourceUrl" label={t('taxBase.ruleForm.sourceUrl')} description={t('taxBase.ruleForm.sourceUrlDescription')} inputMode="url" />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={busy} disabled={busy}>
            {t('taxMunicipality.addRule.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
