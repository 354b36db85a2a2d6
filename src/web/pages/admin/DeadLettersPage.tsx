// "Niet bezorgde berichten" (/app/niet-bezorgd) for admins: what is waiting per channel (during an
// outage of the mail server or SMS gateway), and the mail and SMS that failed for good, to send
// again once the cause is gone or to remove. A changed row disappears, so the focus moves to the
// message that says what happened.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissDeadLetter, listDeadLetters, retryDeadLetter, type DeadLetter, type DeadLetterList, type WaitingMessages } from '../../api/dead-letters.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Heading, PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { formatDateTime } from '../../i18n/format-date.ts';
import { RequireRole } from '../../session/RequireRole.tsx';
import { DeadLettersTable } from './DeadLettersTable.tsx';
import { useConfirm } from '../../components/ConfirmDialog.tsx';

function WaitingLine({ waiting }: { waiting: WaitingMessages }) {
  const { t } = useTranslation();
  const channel = t(`deadLetters.channels.${waiting.channel}`);
  return (
    <Paragraph>
      {t('deadLetters.waiting.line', { channel, count: waiting.count, since: formatDateTime(waiting.since) })}
      {waiting.attempts > 0 && waiting.lastError && (
        <> {t('deadLetters.waiting.failing', { attempts: waiting.attempts, next: formatDateTime(waiting.nextAttemptAt), error: waiting.lastError })}</>
      )}
    </Paragraph>
  );
}

function DeadLettersContent() {
  const { t } = useTranslation();
  useDocumentTitle(t('deadLetters.title'));
  const { confirm, dialog } = useConfirm();
  const [list, setList] = useState<DeadLetterList | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    try {
      setList(await listDeadLetters());
      setLoadError(null);
    } catch (failure) {
      setLoadError(failure);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (letter: DeadLetter, action: (id: string) => Promise<void>, done: 'deadLetters.retried' | 'deadLetters.dismissed') => {
    setBusyId(letter.id);
    setNotice(null);
    setActionError(null);
    try {
      await action(letter.id);
      setNotice(t(done, { recipient: letter.recipient ?? t('deadLetters.table.unreadable') }));
    } catch (failure) {
      setActionError(failure);
    } finally {
      await load();
      setBusyId(null);
      requestAnimationFrame(() => feedbackRef.current?.focus());
    }
  };
  const onDismiss = async (letter: DeadLetter) => {
    const confirmed = await confirm({
      title: t('deadLetters.confirmDismissTitle'),
      text: t('deadLetters.confirmDismiss', { recipient: letter.recipient ?? t('deadLetters.table.unreadable') }),
      confirmLabel: t('deadLetters.dismiss'),
    });
    if (confirmed) await act(letter, dismissDeadLetter, 'deadLetters.dismissed');
  };

  return (
    <>
      <PageHeading>{t('deadLetters.heading')}</PageHeading>
      <Paragraph>{t('deadLetters.intro')}</Paragraph>
      <div ref={feedbackRef} tabIndex={-1} className="nr-feedback">
        {notice && <Alert type="ok">{notice}</Alert>}
        <ErrorAlert error={actionError} />
      </div>
      {dialog}
      <ErrorAlert error={loadError} />
      {!list && !loadError && <Paragraph>{t('deadLetters.loading')}</Paragraph>}
      {list && (
        <>
          <section className="nr-section" aria-labelledby="dead-letters-waiting">
            <Heading level={2} id="dead-letters-waiting">
              {t('deadLetters.waiting.heading')}
            </Heading>
            {list.waiting.length === 0 && <Paragraph>{t('deadLetters.waiting.none')}</Paragraph>}
            {list.waiting.map((waiting) => (
              <WaitingLine key={waiting.channel} waiting={waiting} />
            ))}
          </section>
          {list.deadLetters.length === 0 && <Paragraph>{t('deadLetters.empty')}</Paragraph>}
          {list.total > list.deadLetters.length && (
            <Paragraph>{t('deadLetters.moreThanShown', { total: list.total, shown: list.deadLetters.length })}</Paragraph>
          )}
          {list.deadLetters.length > 0 && (
            <DeadLettersTable
              deadLetters={list.deadLetters}
              busyId={busyId}
              onRetry={(letter) => void act(letter, retryDeadLetter, 'deadLetters.retried')}
              onDismiss={(letter) => void onDismiss(letter)}
            />
          )}
        </>
      )}
    </>
  );
}

export function DeadLettersPage() {
  return (
    <RequireRole roles={['admin']}>
      <DeadLettersContent />
    </RequireRole>
  );
}
