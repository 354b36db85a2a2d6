// The "CSV-bestand" input and "Controleren": the chosen file is read in the browser and sent for
// the preview; choosing another file starts over.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { FormField } from '../../components/FormField.tsx';
import { cx } from '../../components/classNames.ts';
import { readCsvFile } from './csv-file.ts';

interface FileChooserProps {
  busy: boolean;
  onChosen: () => void;
  onCheck: (csv: string) => Promise<void>;
}

export function FileChooser({ busy, onChosen, onCheck }: FileChooserProps) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<'fileRequired' | 'fileUnreadable' | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setError('fileRequired');
      document.getElementById(id)?.focus();
      return;
    }
    let text: string;
    try {
      text = await readCsvFile(file);
    } catch {
      // The file went away (moved, or access withdrawn) between choosing and checking.
      setError('fileUnreadable');
      return;
    }
    await onCheck(text);
  };

  return (
    <form className="utrecht-form nr-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <FormField
        id={id}
        label={t('registerIo.import.fileLabel')}
        required
        description={t('registerIo.import.fileDescription')}
        error={error ? t(`registerIo.import.${error}`) : undefined}
      >
        {(aria) => (
          <input
            {...aria}
            type="file"
            accept=".csv,text/csv,text/plain"
            className={cx('nr-file-input', error && 'utrecht-textbox--invalid')}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setError(null);
              onChosen();
            }}
          />
        )}
      </FormField>
      <div className="nr-form-actions">
        <Button type="submit" busy={busy} disabled={busy}>
          {t('registerIo.import.check')}
        </Button>
      </div>
    </form>
  );
}
