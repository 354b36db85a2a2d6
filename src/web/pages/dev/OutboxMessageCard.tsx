// One kept message: when, to whom, the subject and the plain text with its links clickable.
import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '../../api/types.ts';
import { DataList } from '../../components/DataList.tsx';
import { Heading } from '../../components/Heading.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { LinkifiedText } from './LinkifiedText.tsx';

function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLanguage() === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
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
