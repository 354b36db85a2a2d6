// The co-travellers' part of both stay forms: one row per co-traveller (initials, surname and,
// optionally, date of birth), added and removed with buttons. Adding one raises the number of
// persons when it would otherwise be fewer than the guests listed. Each form brings its own words.
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { MAX_CO_TRAVELLERS } from '../../../shared/schemas/register.ts';
import { Button } from '../../components/Button.tsx';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { FormSection } from '../../components/FormSection.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { AgeFields } from './AgeFields.tsx';
import { asksAddress, emptyCoTraveller, type FormRules, type SharedStayFormValues } from './stay-form-fields.ts';
import '../../theme/co-travellers.css';

export interface CoTravellerTexts {
  heading: string;
  intro: string;
  none: string;
  /** The heading of one row: "Medereiziger 2". */
  traveller: (number: number) => string;
  initials: string;
  surname: string;
  dateOfBirth: string;
  askedBy: (citation: string) => string;
  youngerThan: (age: number) => string;
  /** "Woont op hetzelfde adres": asked beside a main guest with a Dutch address (decision 0016). */
  sameAddress: string;
  add: string;
  remove: string;
  /** The remove button's full name for screen readers: "Medereiziger 2 verwijderen". */
  removeLabel: (number: number) => string;
  /** "Relatie tot de hoofdgast" (art. 45: who signs); only the staff form asks it. */
  relation?: { label: string; description: string; placeholder: string; options: readonly { value: string; label: string }[] };
}

const ADD_BUTTON_ID = 'add-co-traveller';

export function CoTravellerFields({ texts, rules }: { texts: CoTravellerTexts; rules: FormRules }) {
  const { control, getValues, setValue } = useFormContext<SharedStayFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'coTravellers' });
  const [country, childAge] = useWatch({ control, name: ['guest.country', 'childAge'] });
  const dutchAddress = asksAddress(country);

  const add = () => {
    const needed = fields.length + 2;
    const persons = Number(getValues('persons'));
    if (Number.isInteger(persons) && persons < needed) setValue('persons', String(needed));
    append(emptyCoTraveller, { focusName: `coTravellers.${fields.length}.initials` });
  };
  const removeAt = (index: number) => {
    remove(index);
    // The row and its button are gone: keep the keyboard user in the same part of the form.
    requestAnimationFrame(() => document.getElementById(ADD_BUTTON_ID)?.focus());
  };

  return (
    <FormSection title={texts.heading} intro={texts.intro}>
      {fields.length === 0 && <Paragraph className="nr-hint">{texts.none}</Paragraph>}
      {fields.map((field, index) => {
        const number = index + 1;
        return (
          <fieldset key={field.id} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset nr-co-traveller">
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              <h3 className="utrecht-heading-3">{texts.traveller(number)}</h3>
            </legend>
            <TextField name={`coTravellers.${index}.initials`} label={texts.initials} autoComplete="off" width="sm" required />
            <TextField name={`coTravellers.${index}.surname`} label={texts.surname} autoComplete="off" required />
            <AgeFields
              person={`coTravellers.${index}`}
              rules={rules}
              childAge={childAge}
              dateOfBirth={texts.dateOfBirth}
              askedBy={texts.askedBy}
              youngerThan={texts.youngerThan}
            />
            {dutchAddress && <CheckboxField name={`coTravellers.${index}.sameAddress`} label={texts.sameAddress} />}
            {texts.relation && (
              <SelectField
                name={`coTravellers.${index}.relation`}
                label={texts.relation.label}
                description={texts.relation.description}
                placeholder={texts.relation.placeholder}
                options={texts.relation.options}
              />
            )}
            <Button appearance="subtle" onClick={() => removeAt(index)} aria-label={texts.removeLabel(number)}>
              {texts.remove}
            </Button>
          </fieldset>
        );
      })}
      {fields.length < MAX_CO_TRAVELLERS && (
        <Button id={ADD_BUTTON_ID} onClick={add}>
          {texts.add}
        </Button>
      )}
    </FormSection>
  );
}
