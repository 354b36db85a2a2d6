// One kept message: when, to whom, the subject and the plain text with its links clickable.
import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '../../api/types.ts';
import { DataList } from '../../components/DataList.tsx';
import { Heading } from '../../components/Heading.tsx';
import { formatDateTimeWithSeconds } from '../../i18n/format-date.ts';
import { LinkifiedText } from './LinkifiedText.tsx';

/** Amsterdam time, like every other time in the app, whatever zone the browser's machine is in. */
function formatTime(iso: string): string {
  return Number.isNaN(new Date(iso).getTime()) ? iso : formatDateTimeWithSeconds(iso);
}

export function OutboxMessageCard({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const headingId = `message-${message.id}`;
  return (
    <article className="nr-outbox__message" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {message.subject || t('outbox.noSubject')}
      </Heading>
      <DataList
        items={[
          { key: 'time', label: t('outbox.time'), value: <time dateTime={message.createdAt}>{formatTime(message.createdAt)}</time> },
          { key: 'to', label: t('outbox.to'), value: message.to },
          { key: 'channel', label: t('outbox.channel'), value: t(`outbox.channels.${message.channel}`, { defaultValue: message.channel }) },
        ]}
      />
      <LinkifiedText text={message.text} />
    </article>
  );
}
