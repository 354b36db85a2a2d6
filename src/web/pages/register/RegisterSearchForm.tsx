// "Naam", "Van", "Tot" and "Kamer of plaats"; "Zoeken" hands them to the page, which puts them in
// the address bar that the register follows. "Wissen" shows the whole view again.
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api/register.ts';
import { Button } from '../../components/Button.tsx';
import { Form } from '../../components/Form.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { DayField } from './DayField.tsx';
import { TO_BEFORE_FROM, type SearchFormOutput, type SearchFormValues } from './register-filter.ts';

interface RegisterSearchFormProps {
  form: UseFormReturn<SearchFormValues, unknown, SearchFormOutput>;
  units: readonly Unit[];
  onSearch: (values: SearchFormOutput) => void;
  onClear: () => void;
}

export function RegisterSearchForm({ form, units, onSearch, onClear }: RegisterSearchFormProps) {
  const { t } = useTranslation();
  const unitOptions = units.map((unit) => ({ value: unit.id, label: unit.name }));
  const ownErrors = { [TO_BEFORE_FROM]: t('nightRegister.overview.search.toBeforeFrom') };
  return (
    <Form form={form} label={t('nightRegister.overview.search.label')} onSubmit={async (values) => onSearch(values)}>
      <div className="nr-filter">
        <TextField
          name="q"
          label={t('nightRegister.overview.search.q')}
          description={t('nightRegister.overview.search.qDescription')}
          width="md"
          autoComplete="off"
          spellCheck={false}
        />
        <DayField name="from" label={t('nightRegister.overview.search.from')} />
        <DayField name="to" label={t('nightRegister.overview.search.to')} ownErrors={ownErrors} />
        <SelectField
          name="unitId"
          label={t('nightRegister.overview.search.unit')}
          placeholder={t('nightRegister.overview.search.anyUnit')}
          options={unitOptions}
        />
      </div>
      <div className="nr-form-actions">
        <Button type="submit" appearance="primary-action">
          {t('nightRegister.overview.search.submit')}
        </Button>
        <Button appearance="subtle" onClick={onClear}>
          {t('nightRegister.overview.search.clear')}
        </Button>
      </div>
    </Form>
  );
}
