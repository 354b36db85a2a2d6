// The line above found stays: how many, with how many persons, or that there were none; and
// when the answer was cut off at the maximum.
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';

export function StayCount({ answer }: { answer: { total: number; persons: number; capped: boolean; maxRows: number } }) {
  const { t } = useTranslation();
  return (
    <>
      {answer.capped && <Alert type="warning">{t('inspection.result.capped', { max: answer.maxRows })}</Alert>}
      <Paragraph>
        {answer.total === 0 ? t('inspection.result.noStays') : t('inspection.result.stays', { count: answer.total, persons: answer.persons })}
      </Paragraph>
    </>
  );
}
