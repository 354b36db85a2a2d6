// For an owner on the 2FA settings: 2FA made mandatory for everyone in the company, saved as soon
// as the box changes; ticked and fixed where the municipality already demands it.
import { useTranslation } from 'react-i18next';
import { setCompanyPolicy, type TwoFactorStatus } from '../../../api/two-factor.ts';
import { Paragraph } from '../../../components/Paragraph.tsx';
import { Section } from '../../../components/Section.tsx';
import { Checkbox } from '../Checkbox.tsx';
import type { Change } from './useTwoFactorSettings.ts';

export function CompanyPolicySection({ reason, change }: { reason: TwoFactorStatus['reason']; change: Change }) {
  const { t } = useTranslation();
  return (
    <Section title={t('twoFactor.settings.companyHeading')}>
      <Paragraph>{t('twoFactor.settings.companyIntro')}</Paragraph>
      <Checkbox
        label={t('twoFactor.settings.companyCheckbox')}
        checked={reason === 'company' || reason === 'municipality'}
        disabled={reason === 'municipality'}
        description={reason === 'municipality' ? t('twoFactor.settings.companyByMunicipality') : undefined}
        onChange={(required) => void change(async () => void (await setCompanyPolicy(required)), t('twoFactor.settings.saved'))}
      />
    </Section>
  );
}
