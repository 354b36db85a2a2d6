// "Uitloggen op alle andere apparaten" on the 2FA settings: ends the user's other sessions.
import { useTranslation } from 'react-i18next';
import { signOutElsewhere } from '../../../api/two-factor.ts';
import { Button } from '../../../components/Button.tsx';
import { Paragraph } from '../../../components/Paragraph.tsx';
import { Section } from '../../../components/Section.tsx';
import type { Change } from './useTwoFactorSettings.ts';

export function SignOutOthersSection({ change }: { change: Change }) {
  const { t } = useTranslation();
  return (
    <Section title={t('twoFactor.backup.signOutOthers')}>
      <Paragraph>{t('twoFactor.settings.signOutOthersIntro')}</Paragraph>
      <div className="nr-form-actions">
        <Button onClick={() => void change(signOutElsewhere, t('twoFactor.backup.signedOutOthers'))}>{t('twoFactor.backup.signOutOthers')}</Button>
      </div>
    </Section>
  );
}
