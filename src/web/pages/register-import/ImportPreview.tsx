// The verdict on a file: how many rows are good, already in the register or wrong, the rows
// themselves, and "Importeren" for the good ones (the button says how many). Focus moves to its
// heading when it appears, so a screen reader user hears the verdict.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from '../../api/register-io.ts';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { previewCountsText } from './import-counts.ts';
import { ImportRowsTable } from './ImportRowsTable.tsx';

/** Above this many rows the table shows only the rows that need attention. */
const ALL_ROWS_UP_TO = 500;

interface ImportPreviewProps {
  preview: ImportOutcome;
  busy: boolean;
  onImport: () => void;
}

export function ImportPreview({ preview, busy, onImport }: ImportPreviewProps) {
  const { t } = useTranslation();
  const id = useId();
  const { counts } = preview;
  const large = preview.rows.length > ALL_ROWS_UP_TO;
  const rows = large ? preview.rows.filter((row) => row.status !== 'valid') : preview.rows;
  return (
    <section className="nr-section" aria-labelledby={id}>
      <Heading level={2} id={id} focusOnMount>
        {t('registerIo.import.previewHeading')}
      </Heading>
      <Paragraph>{previewCountsText(t, counts)}</Paragraph>
      {counts.valid < counts.total && <Paragraph>{t('registerIo.import.skipNote')}</Paragraph>}
      {large && <Paragraph>{t('registerIo.import.onlyProblems')}</Paragraph>}
      {rows.length > 0 && <ImportRowsTable rows={rows} />}
      <div className="nr-form-actions">
        {counts.valid > 0 ? (
          <Button appearance="primary-action" busy={busy} disabled={busy} onClick={onImport}>
            {t('registerIo.import.submit', { count: counts.valid })}
          </Button>
        ) : (
          <Paragraph>{t('registerIo.import.nothingToImport')}</Paragraph>
        )}
      </div>
    </section>
  );
}
