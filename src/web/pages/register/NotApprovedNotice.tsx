// Says, above the register and its form, that registering waits for the municipality's approval.
import { useTranslation } from 'react-i18next';
import type { RegisterSettings } from '../../api/register.ts';
import { Alert } from '../../components/Alert.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import type { Remote } from '../../hooks/useRemote.ts';

export function NotApprovedNotice({ settings }: { settings: Remote<RegisterSettings> }) {
  const { t } = useTranslation();
  if (settings.status !== 'loaded' || settings.data.approved) return null;
  return (
    <Alert type="warning">
      <Paragraph>{t('nightRegister.notApproved')}</Paragraph>
    </Alert>
  );
}
