// The 2FA step by passkey: the button that opens the browser's passkey dialog.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.tsx';
import { Paragraph } from '../../../components/Paragraph.tsx';

export function PasskeyMethod({ busy, onUse, remember }: { busy: boolean; onUse: () => void; remember: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{t('twoFactor.step.passkeyIntro')}</Paragraph>
      {remember}
      <div className="nr-form-actions">
        <Button appearance="primary-action" onClick={onUse} busy={busy} disabled={busy}>
          {t('twoFactor.step.passkeyButton')}
        </Button>
      </div>
    </>
  );
}
