// "Ontwikkel-postvak": the mails and text messages the server kept instead of sending them, so
// developers and testers can follow confirmation and reset links. Development only.
import { useTranslation } from 'react-i18next';
import { listOutbox } from '../../api/dev-outbox.ts';
import { ApiError } from '../../api/client.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { OutboxMessageCard } from './OutboxMessageCard.tsx';

export function OutboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('outbox.title'));
  // "Vernieuwen" shows "loading" again, as on arrival.
  const { state, restart } = useRemote(listOutbox);

  const unavailable = state.status === 'failed' && state.error instanceof ApiError && state.error.status === 404;

  return (
    <>
      <PageHeading>{t('outbox.heading')}</PageHeading>
      <Paragraph>{t('outbox.intro')}</Paragraph>
      <div className="nr-toolbar">
        <Button onClick={() => void restart()} busy={state.status === 'loading'}>
          {t('outbox.refresh')}
        </Button>
        <p className="utrecht-paragraph" role="status">
          {state.status === 'loading' && t('app.loading')}
          {state.status === 'loaded' && t('outbox.count', { count: state.data.length })}
        </p>
      </div>
      {unavailable && <Alert type="info">{t('outbox.notAvailable')}</Alert>}
      {state.status === 'failed' && !unavailable && <ErrorAlert error={state.error} />}
      {state.status === 'loaded' && state.data.length === 0 && <Paragraph>{t('outbox.empty')}</Paragraph>}
      {state.status === 'loaded' && state.data.length > 0 && (
        <ol className="nr-outbox">
          {state.data.map((message) => (
            <li key={message.id}>
              <OutboxMessageCard message={message} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
