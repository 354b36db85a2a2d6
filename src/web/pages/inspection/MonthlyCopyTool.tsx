// "Maandkopie": the copy of the register of every accommodation of the municipality over one
// month, as a CSV download. The first of every month the municipality's contact address gets a
// mail linking here with last month filled in (?maand=YYYY-MM). Each download is recorded in the
// logboek like any other look-up. A municipality that did not choose the copy (off by default,
// decision 0015) is told so instead of offered a download.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { monthlyCopyStatus } from '../../api/inspection.ts';
import { Alert } from '../../components/Alert.tsx';
import { cx } from '../../components/classNames.ts';
import { ExternalLink } from '../../components/Link.tsx';
import { FormField } from '../../components/FormField.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';

const MONTH = /^(19|20)\d\d-(0[1-9]|1[0-2])$/;

/** The month before the current one, as YYYY-MM. */
function lastMonth(): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 15);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export function MonthlyCopyTool() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const asked = params.get('maand') ?? '';
  const [month, setMonth] = useState(MONTH.test(asked) ? asked : lastMonth());
  const valid = MONTH.test(month);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    monthlyCopyStatus().then(
      (status) => current && setEnabled(status.enabled),
      () => current && setEnabled(true), // the download itself then says what is wrong
    );
    return () => {
      current = false;
    };
  }, []);
  if (enabled === false) return <Alert type="info">{t('errors.MONTHLY_COPY_OFF')}</Alert>;
  return (
    <>
      <Paragraph>{t('inspection.toolIntro.monthlyCopy')}</Paragraph>
      <FormField
        id="monthly-copy-month"
        label={t('inspection.fields.month')}
        description={t('inspection.fields.monthDescription')}
        error={valid ? undefined : t('errors.DATE_INVALID')}
      >
        {(aria) => (
          <input
            {...aria}
            type="month"
            value={month}
            onChange={(event) => setMonth(event.target.value)}
            className={cx('utrecht-textbox', 'utrecht-textbox--html-input', !valid && 'utrecht-textbox--invalid', 'nr-width-sm')}
          />
        )}
      </FormField>
      {valid && (
        <Paragraph>
          <ExternalLink href={`/api/municipality/register-copy.csv?month=${month}`} download>
            {t('inspection.monthlyCopy.download')}
          </ExternalLink>
        </Paragraph>
      )}
    </>
  );
}
