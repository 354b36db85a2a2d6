// SMS as a backup method on the 2FA settings: the confirmed number with "Verwijderen", or the
// forms that send a code to a number and confirm it.
import { useTranslation } from 'react-i18next';
import { removePhone, type TwoFactorStatus } from '../../../api/two-factor.ts';
import { Button } from '../../../components/Button.tsx';
import { Paragraph } from '../../../components/Paragraph.tsx';
import { Section } from '../../../components/Section.tsx';
import { PhoneForms } from '../PhoneForms.tsx';
import { SMS_CODE_FIELD_ID, type PhoneFormsState } from './usePhoneForms.ts';
import type { Change } from './useTwoFactorSettings.ts';

interface SmsSectionProps {
  sms: TwoFactorStatus['sms'];
  change: Change;
  phone: PhoneFormsState;
}

export function SmsSection({ sms, change, phone }: SmsSectionProps) {
  const { t } = useTranslation();
  return (
    <Section title={t('twoFactor.settings.smsHeading')}>
      {sms?.verified ? (
        <div className="nr-item-list__item">
          <Paragraph>{t('twoFactor.settings.smsVerified', { phone: sms.phone })}</Paragraph>
          <Button
            onClick={() => void change(removePhone)}
            aria-label={t('twoFactor.settings.namedAction', { action: t('twoFactor.settings.remove'), name: sms.phone })}
          >
            {t('twoFactor.settings.remove')}
          </Button>
        </div>
      ) : (
        <>
          <Paragraph>{t('twoFactor.settings.smsIntro')}</Paragraph>
          <PhoneForms
            phoneForm={phone.phoneForm}
            onSend={phone.send}
            sentTo={phone.sentTo}
            codeForm={phone.codeForm}
            codeFieldId={SMS_CODE_FIELD_ID}
            onConfirm={phone.confirm}
          />
        </>
      )}
    </Section>
  );
}
