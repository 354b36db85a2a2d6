// The one way the app asks "are you sure?" before an action that cannot be undone: an NL Design
// System alert dialog (a modal <dialog> with a heading, the question and a primary/secondary button
// pair) instead of the browser's unstyled window.confirm. The modal dialog keeps focus inside
// itself; focus starts on "cancel" (the safe choice), Escape cancels, and focus goes back to what
// had it (usually the button that asked) when the dialog closes.
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button.tsx';
import { Heading } from './Heading.tsx';
import './confirm-dialog.css';

export interface ConfirmOptions {
  title: string;
  text: string;
  /** The label of the button that goes ahead, saying what it does ("Intrekken"). */
  confirmLabel: string;
  /** Defaults to "Annuleren". */
  cancelLabel?: string;
}

interface Pending extends ConfirmOptions {
  resolve: (confirmed: boolean) => void;
}

function ConfirmDialog({ pending, onClose }: { pending: Pending; onClose: (confirmed: boolean) => void }) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const textId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLButtonElement>('[data-confirm-cancel]')?.focus();
    return () => {
      if (dialog?.open) dialog.close();
      before?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="utrecht-alert-dialog nr-confirm-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={headingId}
      aria-describedby={textId}
      // Escape: the browser cancels a modal dialog; that is "no".
      onCancel={(event) => {
        event.preventDefault();
        onClose(false);
      }}
    >
      <div className="nr-confirm-dialog__content">
        <Heading level={2} id={headingId}>
          {pending.title}
        </Heading>
        <p className="utrecht-paragraph" id={textId}>
          {pending.text}
        </p>
        <div className="utrecht-button-group">
          <Button appearance="primary-action" onClick={() => onClose(true)}>
            {pending.confirmLabel}
          </Button>
          <Button data-confirm-cancel onClick={() => onClose(false)}>
            {pending.cancelLabel ?? t('common.cancel')}
          </Button>
        </div>
      </div>
    </dialog>
  );
}

/**
 * `confirm(options)` shows the dialog and resolves to whether the user went ahead; render
 * `dialog` once in the component that asks.
 */
export function useConfirm(): { confirm: (options: ConfirmOptions) => Promise<boolean>; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirm = useCallback(
    (options: ConfirmOptions) =>
      new Promise<boolean>((resolve) => {
        setPending({ ...options, resolve });
      }),
    [],
  );
  const close = useCallback(
    (confirmed: boolean) => {
      pending?.resolve(confirmed);
      setPending(null);
    },
    [pending],
  );
  return { confirm, dialog: pending ? <ConfirmDialog pending={pending} onClose={close} /> : null };
}
