// "Periode en termijn van de aangifte": how often accommodations file a return (Maand, Kwartaal, Jaar)
// and the deadline in days after a period; "Opslaan" saves both (PUT).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { TAX_PERIOD_KINDS } from '../../../shared/schemas/tourist-tax.ts';
import { saveTaxSettings, type TaxSettings } from '../../api/tax-municipality.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { settingsFormSchema, SETTINGS_FIELD_NAMES, settingsFormValues, type SettingsFormValues } from './rule-form.ts';

export function TaxSettingsForm({ settings, onSaved }: { settings: TaxSettings; onSaved: (settings: TaxSettings) => void }) {
  const { t } = useTranslation();
  const form = useForm<SettingsFormValues, unknown, TaxSettings>({ resolver: zodResolver(settingsFormSchema), defaultValues: settingsFormValues(settings) });
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [saved, setSaved] = useState(false);

  const onSubmit = async (values: TaxSettings) => {
    setProblem(null);
    setSaved(false);
    try {
      const answer = await saveTaxSettings(values);
      form.reset(settingsFormValues(answer.settings));
      setSaved(true);
      onSaved(answer.settings);
    } catch (error) {
      setProblem(applyApiError(error, form.setError, SETTINGS_FIELD_NAMES));
    }
  };

  const busy = form.formState.isSubmitting;
  return (
    <>
      {saved && <Alert type="ok">{t('taxMunicipality.settings.saved')}</Alert>}
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} label={t('taxMunicipality.settings.formLabel')} onSubmit={onSubmit}>
        <Paragraph className="nr-required-note">{t('common.requiredFieldsNote')}</Paragraph>
        <SelectField
          name="period"
          label={t('taxMunicipality.settings.period')}
          placeholder={t('taxMunicipality.settings.periodPlaceholder')}
          options={TAX_PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`taxMunicipality.settings.periods.${kind}`) }))}
          required
        />
        <TextField
          name="deadlineDays"
          label={t('taxMunicipality.settings.deadlineDays')}
          description={t('taxMunicipality.settings.deadlineDaysDescription')}
          inputMode="numeric"
          width="xs"
          required
        />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={busy} disabled={busy}>
            {t('taxMunicipality.settings.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
