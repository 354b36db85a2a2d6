// The green "Kopiëren" button of the DNR manual: copies a value and says so (also to screen
// readers); where the browser refuses, it says how to copy by hand.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { cx } from '../../components/classNames.ts';

export function CopyButton({ value }: { value: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      // No clipboard (refused, or not a secure context): the value stays on screen to copy by hand.
      setState('failed');
    }
  };
  return (
    <>
      <Button className="nr-copy-button" onClick={() => void copy()}>
        {state === 'copied' ? t('twoFactor.setup.copied') : t('twoFactor.setup.copy')}
      </Button>
      <span role="status" className={cx('nr-copy-status', state !== 'failed' && 'nr-visually-hidden')}>
        {state === 'copied' && t('twoFactor.setup.copiedNotice')}
        {state === 'failed' && t('twoFactor.setup.copyFailed')}
      </span>
    </>
  );
}
