// The municipality's settings as one form: name, the rules for entrepreneurs (approval, 2FA),
// the register (document number, retention period and what it keeps, the monthly copy, privacy
// statement for guests), contact
// details and house style (colour, logo). "Opslaan" saves the settings and then a newly
// chosen logo; what was typed stays when anything is refused.
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { removeMunicipalityLogo, saveMunicipalitySettings, uploadMunicipalityLogo, type MunicipalitySettings } from '../../api/municipality-portal.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { FormSection } from '../../components/FormSection.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { fieldErrorText } from '../../forms/error-text.ts';
import { isAcceptableLogo, readAsDataUrl } from './logo-file.ts';
import { LogoField } from './LogoField.tsx';
import { formValuesOf, SETTINGS_FIELD_NAMES, settingsFormSchema, toSettingsInput, type SettingsFormOutput } from './settings-form.ts';
import { ThemeColorField } from './ThemeColorField.tsx';

interface Notice {
  type: 'ok' | 'warning';
  text: string;
}

function focusPageHeading() {
  document.querySelector<HTMLElement>('main h1')?.focus();
}

/** The code of a refused logo, whether the server names the field or only the request. */
function logoProblem(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  return error.fields.dataUrl?.code ?? (error.code === 'LOGO_INVALID' || error.code === 'PAYLOAD_TOO_LARGE' ? 'LOGO_INVALID' : null);
}

export function MunicipalitySettingsForm({ settings, onChanged }: { settings: MunicipalitySettings; onChanged: (settings: MunicipalitySettings) => void }) {
  const { t } = useTranslation();
  const form = useForm({ resolver: zodResolver(settingsFormSchema), defaultValues: formValuesOf(settings) });
  const logoInput = useRef<HTMLInputElement>(null);
  const [logoError, setLogoError] = useState<string | null>(null);
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [removing, setRemoving] = useState(false);

  const refuseLogo = (code: string) => {
    setLogoError(code);
    logoInput.current?.focus();
  };

  const onSubmit = async (values: SettingsFormOutput) => {
    setProblem(null);
    setNotice(null);
    setLogoError(null);
    const file = logoInput.current?.files?.[0];
    // Checked before anything is saved, so a wrong file does not leave half the form saved.
    if (file && !isAcceptableLogo(file)) return refuseLogo('LOGO_INVALID');
    let saved: MunicipalitySettings;
    try {
      saved = await saveMunicipalitySettings(toSettingsInput(values));
    } catch (error) {
      setProblem(applyApiError(error, form.setError, SETTINGS_FIELD_NAMES));
      return;
    }
    if (file) {
      try {
        saved = await uploadMunicipalityLogo(await readAsDataUrl(file));
        if (logoInput.current) logoInput.current.value = '';
      } catch (error) {
        onChanged(saved);
        const code = logoProblem(error);
        if (!code) setProblem({ error, otherFields: {} });
        setNotice({ type: 'warning', text: t('portal.settings.logoNotSaved') });
        refuseLogo(code ?? 'LOGO_INVALID');
        return;
      }
    }
    onChanged(saved);
    form.reset(formValuesOf(saved));
    setNotice({ type: 'ok', text: t('portal.settings.saved') });
    requestAnimationFrame(focusPageHeading);
  };

  const removeLogo = async () => {
    setProblem(null);
    setNotice(null);
    setRemoving(true);
    try {
      onChanged(await removeMunicipalityLogo());
      setNotice({ type: 'ok', text: t('portal.settings.logoRemoved') });
      requestAnimationFrame(() => logoInput.current?.focus());
    } catch (error) {
      setProblem({ error, otherFields: {} });
    } finally {
      setRemoving(false);
    }
  };

  const busy = form.formState.isSubmitting;
  return (
    <>
      {notice && <Alert type={notice.type}>{notice.text}</Alert>}
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit}>
        <Paragraph className="nr-required-note">{t('common.requiredFieldsNote')}</Paragraph>
        <TextField name="name" label={t('portal.settings.name')} description={t('portal.settings.code', { code: settings.code })} required width="md" />
        <FormSection title={t('portal.settings.rulesHeading')}>
          <CheckboxField name="approvalRequired" label={t('portal.settings.approvalRequired')} description={t('portal.settings.approvalDescription')} />
          <CheckboxField name="twoFactorRequired" label={t('portal.settings.twoFactorRequired')} description={t('portal.settings.twoFactorDescription')} />
        </FormSection>
        <FormSection title={t('portal.settings.registerHeading')} intro={t('portal.settings.registerIntro')}>
          <CheckboxField
            name="recordDocumentNumber"
            label={t('portal.settings.recordDocumentNumber')}
            description={t('portal.settings.recordDocumentNumberDescription')}
          />
          <TextField
            name="retentionMonths"
            label={t('portal.settings.retentionMonths')}
            description={t('portal.settings.retentionMonthsDescription')}
            inputMode="numeric"
            width="xs"
            required
          />
          <div className="nr-retention-kept">
            <Paragraph>
              <strong>{t('portal.settings.retentionKeptHeading')}</strong>
            </Paragraph>
            <Paragraph>{t('portal.settings.retentionKept')}</Paragraph>
          </div>
          <CheckboxField name="monthlyCopy" label={t('portal.settings.monthlyCopy')} description={t('portal.settings.monthlyCopyDescription')} />
          <Paragraph>{t('portal.settings.askedIntro')}</Paragraph>
          <CheckboxField name="askDateOfBirth" label={t('portal.settings.askDateOfBirth')} description={t('portal.settings.askDateOfBirthDescription')} />
          <CheckboxField name="askNationality" label={t('portal.settings.askNationality')} description={t('portal.settings.askNationalityDescription')} />
          <TextField
            name="registerApvCitation"
            label={t('portal.settings.registerApvCitation')}
            description={t('portal.settings.registerApvCitationDescription')}
            width="lg"
          />
          <TextAreaField name="privacyStatement" label={t('portal.settings.privacyStatement')} description={t('portal.settings.privacyStatementDescription')} />
        </FormSection>
        <FormSection title={t('portal.settings.contactHeading')} intro={t('portal.settings.contactIntro')}>
          <TextField name="contactEmail" type="email" label={t('portal.settings.contactEmail')} autoComplete="email" width="md" />
          <TextField name="contactPhone" type="tel" label={t('portal.settings.contactPhone')} autoComplete="tel" width="md" />
          <TextAreaField name="contactText" label={t('portal.settings.contactText')} description={t('portal.settings.contactTextDescription')} />
        </FormSection>
        <FormSection title={t('portal.settings.themeHeading')} intro={t('portal.settings.themeIntro')}>
          <ThemeColorField />
          <LogoField
            inputRef={logoInput}
            municipalityName={settings.name}
            logoUrl={settings.logoUrl}
            error={logoError ? fieldErrorText('logo', logoError) : undefined}
            removing={removing}
            onRemove={() => void removeLogo()}
            onChange={() => setLogoError(null)}
          />
        </FormSection>
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={busy} disabled={busy}>
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </>
  );
}
