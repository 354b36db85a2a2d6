// "U wordt over 2 minuten uitgelogd": two minutes before the session ends for want of activity, a
// modal alert dialog takes the focus to "Ingelogd blijven" (which starts the idle period again)
// and "Uitloggen". When the time runs out, the app goes to the sign-in page with a notice and
// returns to this page after signing in (see RequireSession); drafts stay (see drafts/).
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { keepSessionAlive } from '../api/accounts.ts';
import { Button } from '../components/Button.tsx';
import { Paragraph } from '../components/Paragraph.tsx';
import { idleDeadline, subscribeIdleDeadline } from './idle-deadline.ts';
import { useSession } from './SessionContext.tsx';
import './idle-warning.css';

const WARN_BEFORE_MS = 2 * 60_000;
const TICK_MS = 1000;

/** Now, every second while mounted (a timer of 28 minutes would miss a computer that slept). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function WarningDialog({ left }: { left: number }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    element.querySelector<HTMLButtonElement>('button')?.focus();
    return () => element.close();
  }, []);

  const keepAlive = async () => {
    setBusy(true);
    try {
      // The answer moves the deadline, which closes this dialog; a lost session shows the sign-in page.
      await keepSessionAlive();
    } catch {
      // The deadline stays as it was; the next tick decides.
    } finally {
      setBusy(false);
    }
  };

  const seconds = Math.max(0, Math.ceil(left / 1000));
  const title = seconds >= 60 ? t('idleWarning.inMinutes', { count: Math.ceil(seconds / 60) }) : t('idleWarning.inSeconds', { count: seconds });

  return (
    // Escape would close the dialog without keeping the session; the buttons decide.
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={textId}
      className="utrecht-alert-dialog utrecht-alert-dialog--warning nr-idle-warning"
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id={titleId} className="utrecht-heading-2">
        {title}
      </h2>
      <div id={textId}>
        <Paragraph>{t('idleWarning.text')}</Paragraph>
      </div>
      <div className="nr-form-actions">
        <Button appearance="primary-action" busy={busy} disabled={busy} onClick={() => void keepAlive()}>
          {t('idleWarning.stay')}
        </Button>
        <Button onClick={() => void signOut()}>{t('idleWarning.signOut')}</Button>
      </div>
    </dialog>
  );
}

export function IdleWarning() {
  const { expire } = useSession();
  const deadline = useSyncExternalStore(subscribeIdleDeadline, idleDeadline);
  const now = useNow();
  const left = deadline === null ? null : deadline - now;
  const expired = left !== null && left <= 0;

  useEffect(() => {
    if (expired) expire();
  }, [expired, expire]);

  if (left === null || expired || left > WARN_BEFORE_MS) return null;
  return <WarningDialog left={left} />;
}
