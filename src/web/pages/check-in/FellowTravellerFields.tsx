// "Travelling with you" on the guest's form: one row per co-traveller (initials, surname and,
// optionally, date of birth), added and removed with buttons. Adding one raises the number of
// persons when it would otherwise be fewer than the guests listed.
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_CO_TRAVELLERS } from '../../../shared/schemas/register.ts';
import { Button } from '../../components/Button.tsx';
import { FormSection } from '../../components/FormSection.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import { DayField } from '../register/DayField.tsx';
import { emptyCoTraveller, type CheckInFormValues } from './check-in-form.ts';

const ADD_BUTTON_ID = 'add-fellow-traveller';

export function FellowTravellerFields() {
  const { t } = useTranslation();
  const { control, getValues, setValue } = useFormContext<CheckInFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'coTravellers' });

  const add = () => {
    const needed = fields.length + 2;
    const persons = Number(getValues('persons'));
    if (Number.isInteger(persons) && persons < needed) setValue('persons', String(needed));
    append(emptyCoTraveller, { focusName: `coTravellers.${fields.length}.initials` });
  };
  const removeAt = (index: number) => {
    remove(index);
    // The row and its button are gone: keep the user in the same part of the form.
    requestAnimationFrame(() => document.getElementById(ADD_BUTTON_ID)?.focus());
  };

  return (
    <FormSection title={t('checkIn.guest.coTravellers.heading')} intro={t('checkIn.guest.coTravellers.intro')}>
      {fields.length === 0 && <Paragraph className="nr-hint">{t('checkIn.guest.coTravellers.none')}</Paragraph>}
      {fields.map((field, index) => {
        const number = index + 1;
        return (
          <fieldset key={field.id} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset nr-fellow-traveller">
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              <h3 className="utrecht-heading-3">{t('checkIn.guest.coTravellers.traveller', { number })}</h3>
            </legend>
            <TextField name={`coTravellers.${index}.initials`} label={t('checkIn.guest.person.initials')} autoComplete="off" width="sm" required />
            <TextField name={`coTravellers.${index}.surname`} label={t('checkIn.guest.person.surname')} autoComplete="off" required />
            <DayField name={`coTravellers.${index}.dateOfBirth`} label={t('checkIn.guest.person.dateOfBirth')} />
            <Button appearance="subtle" onClick={() => removeAt(index)} aria-label={t('checkIn.guest.coTravellers.removeLabel', { number })}>
              {t('checkIn.guest.coTravellers.remove')}
            </Button>
          </fieldset>
        );
      })}
      {fields.length < MAX_CO_TRAVELLERS && (
        <Button id={ADD_BUTTON_ID} onClick={add}>
          {t('checkIn.guest.coTravellers.add')}
        </Button>
      )}
    </FormSection>
  );
}
