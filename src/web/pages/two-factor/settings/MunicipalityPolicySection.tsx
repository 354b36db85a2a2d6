// For a municipality user on the 2FA settings: 2FA made mandatory for the municipality's
// entrepreneurs, saved as soon as the box changes.
import { useTranslation } from 'react-i18next';
import { setMunicipalityPolicy } from '../../../api/two-factor.ts';
import { Paragraph } from '../../../components/Paragraph.tsx';
import { Section } from '../../../components/Section.tsx';
import { Checkbox } from '../Checkbox.tsx';
import type { Change } from './useTwoFactorSettings.ts';

export function MunicipalityPolicySection({ required, change }: { required: boolean; change: Change }) {
  const { t } = useTranslation();
  return (
    <Section title={t('twoFactor.settings.municipalityHeading')}>
      <Paragraph>{t('twoFactor.settings.municipalityIntro')}</Paragraph>
      <Checkbox
        label={t('twoFactor.settings.municipalityCheckbox')}
        checked={required}
        onChange={(next) => void change(async () => void (await setMunicipalityPolicy(next)), t('twoFactor.settings.saved'))}
      />
    </Section>
  );
}
