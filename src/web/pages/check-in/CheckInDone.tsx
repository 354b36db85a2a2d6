// After checking in: thanks, that the details were received, the guest's own dates (nothing else,
// no register number), and that they now report at the reception where staff confirm the
// registration.
import { useTranslation } from 'react-i18next';
import type { CheckInReceipt } from '../../api/check-in.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { guestDay } from './guest-day.ts';

export function CheckInDone({ receipt, onAnother }: { receipt: CheckInReceipt; onAnother: () => void }) {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('checkIn.guest.done.title'));
  const language = i18n.resolvedLanguage;
  return (
    <>
      <PageHeading focusOnMount>{t('checkIn.guest.done.heading')}</PageHeading>
      <Alert type="ok">
        <Paragraph>{t('checkIn.guest.done.received')}</Paragraph>
        <Paragraph>
          {t('checkIn.guest.done.dates', { arrival: guestDay(receipt.arrival, language), departure: guestDay(receipt.departure, language) })}
        </Paragraph>
      </Alert>
      <Paragraph lead>{t('checkIn.guest.done.reception')}</Paragraph>
      <Button appearance="secondary-action" onClick={onAnother}>
        {t('checkIn.guest.done.another')}
      </Button>
    </>
  );
}
