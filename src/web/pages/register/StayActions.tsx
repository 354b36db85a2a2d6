// What can happen to a stay, as buttons: "Bevestigen" (a guest's self check-in), "Inchecken",
// "Uitchecken", "Corrigeren" and "Annuleren". A cancelled or erased stay can only be read.
import { useTranslation } from 'react-i18next';
import type { Stay, StayEvent } from '../../api/register.ts';
import { Button } from '../../components/Button.tsx';

interface StayActionsProps {
  stay: Stay;
  busy: StayEvent | null;
  onMark: (event: StayEvent) => void;
  onCorrect: () => void;
  onCancel: () => void;
}

export function StayActions({ stay, busy, onMark, onCorrect, onCancel }: StayActionsProps) {
  const { t } = useTranslation();
  if (stay.status === 'cancelled' || stay.erased) return null;
  const mark = (event: StayEvent, label: string) => (
    <Button appearance="secondary-action" busy={busy === event} disabled={busy !== null} onClick={() => onMark(event)}>
      {label}
    </Button>
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: a named row of buttons outside any form, not form fields; a fieldset would only add form styling (same role and name)
    <div className="nr-register-actions" role="group" aria-label={t('nightRegister.detail.actionsLabel')}>
      {stay.status === 'pending' && mark('confirm', t('nightRegister.detail.confirm'))}
      {!stay.checkedInAt && mark('check-in', t('nightRegister.detail.checkIn'))}
      {stay.checkedInAt && !stay.checkedOutAt && mark('check-out', t('nightRegister.detail.checkOut'))}
      <Button appearance="secondary-action" disabled={busy !== null} onClick={onCorrect}>
        {t('nightRegister.detail.correct')}
      </Button>
      <Button appearance="subtle" disabled={busy !== null} onClick={onCancel}>
        {t('nightRegister.detail.cancel')}
      </Button>
    </div>
  );
}
