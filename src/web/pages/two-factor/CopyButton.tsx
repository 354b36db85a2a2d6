// The green "Kopiëren" button of the DNR manual: copies a value and says so.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';

export function CopyButton({ value }: { value: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Clipboard access refused: the value stays on screen to copy by hand.
    }
  };
  return (
    <Button className="nr-copy-button" onClick={() => void copy()}>
      {copied ? t('twoFactor.setup.copied') : t('twoFactor.setup.copy')}
    </Button>
  );
}
