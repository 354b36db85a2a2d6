// "Toon": narrows the list of users to entrepreneurs, municipal officers or inspectors. Applied
// with a button rather than on change, so moving through the options does not reload the list.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { FormField } from '../../components/FormField.tsx';
import { ROLE_FILTERS, type RoleFilter } from './role-filter.ts';

export function RoleFilterForm({ value, onChange }: { value: RoleFilter; onChange: (filter: RoleFilter) => void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<RoleFilter>(value);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(choice);
  };

  return (
    <form className="nr-filter-form" onSubmit={submit} aria-label={t('organisation.users.filter.label')}>
      <FormField id="users-role-filter" label={t('organisation.users.filter.label')}>
        {(aria) => (
          <select
            {...aria}
            className="utrecht-select utrecht-select--html-select"
            value={choice}
            onChange={(event) => setChoice(ROLE_FILTERS.find((filter) => filter === event.target.value) ?? 'all')}
          >
            {ROLE_FILTERS.map((filter) => (
              <option key={filter} value={filter}>
                {t(`organisation.users.filter.${filter}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <Button type="submit">{t('organisation.users.filter.submit')}</Button>
    </form>
  );
}
