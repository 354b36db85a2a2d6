// "Instellingen" of a municipality (/app/gemeente): loads the settings and shows them as a form;
// after a change the session is reloaded, so the header's colour and logo follow at once.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getMunicipalitySettings, type MunicipalitySettings } from '../../api/municipality-portal.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { RequireRole } from '../../session/RequireRole.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { MunicipalitySettingsForm } from './MunicipalitySettingsForm.tsx';

function SettingsContent() {
  const { t } = useTranslation();
  useDocumentTitle(t('portal.settings.title'));
  const { refresh } = useSession();
  const [settings, setSettings] = useState<MunicipalitySettings | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    getMunicipalitySettings().then(setSettings, setError);
  }, []);

  const onChanged = (changed: MunicipalitySettings) => {
    setSettings(changed);
    void refresh();
  };

  return (
    <>
      <PageHeading>{t('portal.settings.heading')}</PageHeading>
      <Paragraph>{t('portal.settings.intro')}</Paragraph>
      <ErrorAlert error={error} />
      {!settings && !error && <Paragraph>{t('app.loading')}</Paragraph>}
      {settings && <MunicipalitySettingsForm settings={settings} onChanged={onChanged} />}
    </>
  );
}

export function MunicipalitySettingsPage() {
  return (
    <RequireRole roles={['municipality']}>
      <SettingsContent />
    </RequireRole>
  );
}
