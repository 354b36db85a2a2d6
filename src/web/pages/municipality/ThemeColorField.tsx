// "Hoofdkleur": the colour as #rrggbb text (the value the API takes) next to the browser's colour
// picker, which fills in the text; either can be used, by keyboard too.
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { cx } from '../../components/classNames.ts';
import { FormField } from '../../components/FormField.tsx';
import { useFieldError } from '../../components/useFieldError.ts';

/** The picker's colour while the text holds no valid colour: the standard theme's main colour. */
const STANDARD_COLOUR = '#1f4d7a';

export function ThemeColorField() {
  const { t } = useTranslation();
  const { register, watch, setValue } = useFormContext();
  const error = useFieldError('themeColor');
  const typed: unknown = watch('themeColor');
  const pickerValue = typeof typed === 'string' && /^#[0-9a-f]{6}$/i.test(typed.trim()) ? typed.trim().toLowerCase() : STANDARD_COLOUR;
  return (
    <FormField id="field-themeColor" label={t('portal.settings.themeColor')} description={t('portal.settings.themeColorDescription')} error={error}>
      {(aria) => (
        <div className="nr-colour-field">
          <input
            {...aria}
            {...register('themeColor')}
            type="text"
            autoComplete="off"
            spellCheck={false}
            className={cx('utrecht-textbox', 'utrecht-textbox--html-input', error && 'utrecht-textbox--invalid', 'nr-width-sm')}
          />
          <input
            type="color"
            className="nr-colour-field__picker"
            aria-label={t('portal.settings.colorPicker')}
            value={pickerValue}
            onChange={(event) => setValue('themeColor', event.target.value, { shouldDirty: true, shouldValidate: true })}
          />
        </div>
      )}
    </FormField>
  );
}
