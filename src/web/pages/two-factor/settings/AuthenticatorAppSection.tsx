// The authenticator app on the 2FA settings: on or off, and the way to set it up anew.
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/Link.tsx';
import { Paragraph } from '../../../components/Paragraph.tsx';
import { Section } from '../../../components/Section.tsx';
import { SET_UP_PATH } from '../paths.ts';

export function AuthenticatorAppSection({ on }: { on: boolean }) {
  const { t } = useTranslation();
  return (
    <Section title={t('twoFactor.settings.app')}>
      <Paragraph>{on ? t('twoFactor.settings.appOn') : t('twoFactor.settings.appOff')}</Paragraph>
      {on && (
        <Paragraph>
          <Link to={SET_UP_PATH}>{t('twoFactor.settings.resetApp')}</Link>
        </Paragraph>
      )}
    </Section>
  );
}
