// A field people never see or reach, that form-filling robots fill in anyway: the server then
// answers as usual but keeps nothing.
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

export function Honeypot() {
  const { t } = useTranslation();
  const { register } = useFormContext();
  return (
    <div className="nr-check-in__honeypot" aria-hidden="true">
      <label htmlFor="field-website">{t('checkIn.guest.honeypot')}</label>
      <input {...register('website')} id="field-website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}
