// One person's signature at the desk (Schengen art. 45): drawn in the box on the screen (a tablet
// at the reception), or "Op papier" when the guest signed a paper form that the staff member saw.
// Held by the page, not by the stay form, so a drawn signature never lands in a draft.
import { useTranslation } from 'react-i18next';
import type { SignatureMethod } from '../../../shared/register/signatures.ts';
import { cx } from '../../components/classNames.ts';
import { SignatureCanvas } from '../check-in/SignaturePad.tsx';

export interface DeskSignature {
  method: SignatureMethod;
  /** The PNG data URL drawn on screen; '' while unsigned. */
  image: string;
}

export const UNSIGNED: DeskSignature = { method: 'screen', image: '' };

interface PersonSignatureFieldsProps {
  /** Unique on the page: names the inputs. */
  id: string;
  name: string;
  value: DeskSignature;
  onChange: (value: DeskSignature) => void;
  error?: string | null;
}

export function PersonSignatureFields({ id, name, value, onChange, error }: PersonSignatureFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className={cx('utrecht-form-fieldset', 'utrecht-form-fieldset--html-fieldset', 'nr-co-traveller')}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        <h3 className="utrecht-heading-3">{t('nightRegister.signatures.person', { name })}</h3>
      </legend>
      <div className="nr-radio-group" role="radiogroup" aria-label={t('nightRegister.signatures.method')}>
        {(['screen', 'paper'] as const).map((method) => (
          <div key={method} className="utrecht-form-field utrecht-form-field--radio nr-radio">
            <input
              id={`${id}-${method}`}
              name={`${id}-method`}
              type="radio"
              value={method}
              checked={value.method === method}
              onChange={() => onChange({ method, image: method === 'screen' ? value.image : '' })}
              className="utrecht-radio-button utrecht-radio-button--html-input"
            />
            <label htmlFor={`${id}-${method}`} className="utrecht-form-label utrecht-form-label--radio">
              {t(`nightRegister.signatures.${method}`)}
            </label>
          </div>
        ))}
      </div>
      {value.method === 'screen' && (
        <SignatureCanvas
          id={`${id}-pad`}
          label={t('nightRegister.signatures.pad', { name })}
          value={value.image}
          onChange={(image) => onChange({ method: 'screen', image })}
          error={error}
          texts={{ signed: t('nightRegister.signatures.signed'), unsigned: t('nightRegister.signatures.unsigned'), clear: t('nightRegister.signatures.clear') }}
        />
      )}
    </fieldset>
  );
}

/** What the API takes of a person's desk signature, or null while a screen signature is not drawn. */
export function signatureInput(person: number, value: DeskSignature) {
  if (value.method === 'paper') return { person, method: 'paper' as const, image: null };
  return value.image ? { person, method: 'screen' as const, image: value.image } : null;
}
