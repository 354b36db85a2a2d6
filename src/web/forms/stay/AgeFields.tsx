// A person's age in the stay forms (decision 0017): the date of birth where the municipality's APV
// asks it (with the article under the field), else, where the rate on arrival exempts children,
// only "Jonger dan N jaar?"; else nothing at all.
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { DayField } from '../../pages/register/DayField.tsx';
import type { FormRules } from './stay-form-fields.ts';

interface AgeFieldsProps {
  /** 'guest' or 'coTravellers.N'. */
  person: string;
  rules: FormRules;
  /** The rate's age on arrival ('' for none). */
  childAge: string | undefined;
  dateOfBirth: string;
  askedBy: (citation: string) => string;
  youngerThan: (age: number) => string;
  required?: boolean;
}

export function AgeFields({ person, rules, childAge, dateOfBirth, askedBy, youngerThan, required }: AgeFieldsProps) {
  if (rules.askDateOfBirth) {
    return (
      <DayField
        name={`${person}.dateOfBirth`}
        label={dateOfBirth}
        description={rules.apvCitation ? askedBy(rules.apvCitation) : undefined}
        required={required}
      />
    );
  }
  const age = Number(childAge);
  if (!childAge || !Number.isInteger(age) || age <= 0) return null;
  return <CheckboxField name={`${person}.youngerThan`} label={youngerThan(age)} />;
}
