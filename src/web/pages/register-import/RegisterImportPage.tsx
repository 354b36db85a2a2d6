// "CSV importeren" (/app/register/importeren), for owners and staff: download the template,
// choose a file, "Controleren" shows every row as the server judges it, "Importeren" writes the
// good rows in one go and says how many. Importing the same file again adds nothing twice.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_TEMPLATE_URL, importCsv, previewImport, type ImportOutcome } from '../../api/register-io.ts';
import { Alert } from '../../components/Alert.tsx';
import { Heading, PageHeading } from '../../components/Heading.tsx';
import { ExternalLink, Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { EntrepreneursOnly } from '../register/EntrepreneursOnly.tsx';
import { ColumnsTable } from './ColumnsTable.tsx';
import { FileChooser } from './FileChooser.tsx';
import { skippedTexts } from './import-counts.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { ImportProblem } from './ImportProblem.tsx';
import { ImportRowsTable } from './ImportRowsTable.tsx';
import './import.css';

type Step = { kind: 'choose' } | { kind: 'checked'; csv: string; preview: ImportOutcome } | { kind: 'imported'; result: ImportOutcome };

function ImportDone({ result }: { result: ImportOutcome }) {
  const { t } = useTranslation();
  const { imported } = result.counts;
  const skipped = skippedTexts(t, result.counts);
  return (
    <>
      <Alert type="ok">
        <Heading level={2} focusOnMount>
          {t('registerIo.import.done', { count: imported })}
        </Heading>
        {skipped.length > 0 && <Paragraph>{skipped.join(' ')}</Paragraph>}
        <Paragraph>
          <Link to="/app/register?view=all">{t('registerIo.import.toRegister')}</Link>
        </Paragraph>
      </Alert>
      {result.rows.length <= 500 && <ImportRowsTable rows={result.rows} />}
    </>
  );
}

function ImportContent() {
  const { t } = useTranslation();
  useDocumentTitle(t('registerIo.import.title'));
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);

  async function run(which: 'check' | 'import', action: () => Promise<void>) {
    setProblem(null);
    setBusy(which);
    try {
      await action();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(null);
    }
  }

  const check = (csv: string) => run('check', async () => setStep({ kind: 'checked', csv, preview: await previewImport(csv) }));
  const importChecked = (csv: string) => run('import', async () => setStep({ kind: 'imported', result: await importCsv(csv) }));

  return (
    <>
      <PageHeading>{t('registerIo.import.heading')}</PageHeading>
      <Paragraph>{t('registerIo.import.intro')}</Paragraph>
      <Paragraph>
        <ExternalLink href={IMPORT_TEMPLATE_URL} download>
          {t('registerIo.import.template')}
        </ExternalLink>
      </Paragraph>
      {problem !== null && <ImportProblem error={problem} />}
      <FileChooser
        busy={busy === 'check'}
        onChosen={() => {
          setProblem(null);
          setStep({ kind: 'choose' });
        }}
        onCheck={check}
      />
      {step.kind === 'checked' && <ImportPreview preview={step.preview} busy={busy === 'import'} onImport={() => void importChecked(step.csv)} />}
      {step.kind === 'imported' && <ImportDone result={step.result} />}
      <ColumnsTable />
      <Paragraph>
        <Link to="/app/register">{t('registerIo.import.back')}</Link>
      </Paragraph>
    </>
  );
}

export function RegisterImportPage() {
  return (
    <EntrepreneursOnly>
      <ImportContent />
    </EntrepreneursOnly>
  );
}
