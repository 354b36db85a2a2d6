// "Logo": the current logo with "Logo verwijderen", and a file input for a new one (PNG or JPEG,
// at most 200 kB), which the settings form uploads when it is saved.
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { cx } from '../../components/classNames.ts';
import { FormField } from '../../components/FormField.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { LOGO_TYPES } from './logo-file.ts';

interface LogoFieldProps {
  inputRef: RefObject<HTMLInputElement | null>;
  municipalityName: string;
  logoUrl: string | null;
  error?: string;
  removing: boolean;
  onRemove: () => void;
  onChange: () => void;
}

export function LogoField({ inputRef, municipalityName, logoUrl, error, removing, onRemove, onChange }: LogoFieldProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormField id="field-logo" label={t('portal.settings.logo')} description={t('portal.settings.logoDescription')} error={error}>
        {(aria) => (
          <input
            {...aria}
            ref={inputRef}
            type="file"
            accept={LOGO_TYPES.join(',')}
            onChange={onChange}
            className={cx('nr-file-input', error && 'nr-file-input--invalid')}
          />
        )}
      </FormField>
      <div className="nr-logo-current">
        <Paragraph>{logoUrl ? t('portal.settings.currentLogo') : t('portal.settings.noLogo')}</Paragraph>
        {logoUrl && (
          <>
            <img className="nr-logo-current__image" src={logoUrl} alt={t('portal.theme.logoAlt', { name: municipalityName })} />
            <Button onClick={onRemove} busy={removing} disabled={removing}>
              {t('portal.settings.removeLogo')}
            </Button>
          </>
        )}
      </div>
    </>
  );
}
