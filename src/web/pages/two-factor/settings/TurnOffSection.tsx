// Turning 2FA off on its settings page, or why it cannot be where it is mandatory.
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.tsx';
import { Paragraph } from '../../../components/Paragraph.tsx';
import { Section } from '../../../components/Section.tsx';

export function TurnOffSection({ required, onTurnOff }: { required: boolean; onTurnOff: () => void }) {
  const { t } = useTranslation();
  return (
    <Section title={t('twoFactor.settings.turnOffHeading')}>
      {required ? (
        <Paragraph>{t('twoFactor.settings.cannotTurnOff')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('twoFactor.settings.turnOffIntro')}</Paragraph>
          <div className="nr-form-actions">
            <Button onClick={onTurnOff}>{t('twoFactor.settings.turnOff')}</Button>
          </div>
        </>
      )}
    </Section>
  );
}
