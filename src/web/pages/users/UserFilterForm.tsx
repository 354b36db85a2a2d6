// "Zoeken" (name or email) and, for municipality users and admins who see many kinds of user,
// "Toon" (entrepreneurs, municipal officers or inspectors). Applied with a button rather than on
// every keystroke or option, so typing and moving through the options do not reload the list.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { FormField } from '../../components/FormField.tsx';
import { isFiltered, ROLE_FILTERS, type RoleFilter, type UserListFilter } from './user-filter.ts';

type Choice = Pick<UserListFilter, 'role' | 'q'>;

interface UserFilterFormProps {
  value: Choice;
  showRoles: boolean;
  onChange: (choice: Choice) => void;
}

/** The longest search the API accepts. */
const MAX_SEARCH = 200;

export function UserFilterForm({ value, showRoles, onChange }: UserFilterFormProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<RoleFilter>(value.role);
  const [q, setQ] = useState(value.q);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ role, q: q.trim() });
  };

  return (
    <form className="nr-filter-form" onSubmit={submit} aria-label={t('organisation.users.filter.formLabel')}>
      <FormField id="users-search" label={t('organisation.users.filter.search')} description={t('organisation.users.filter.searchDescription')}>
        {(aria) => (
          <input
            {...aria}
            type="search"
            autoComplete="off"
            maxLength={MAX_SEARCH}
            className="utrecht-textbox utrecht-textbox--html-input nr-width-md"
            value={q}
            onChange={(event) => setQ(event.target.value)}
          />
        )}
      </FormField>
      {showRoles && (
        <FormField id="users-role-filter" label={t('organisation.users.filter.label')}>
          {(aria) => (
            <select
              {...aria}
              className="utrecht-select utrecht-select--html-select"
              value={role}
              onChange={(event) => setRole(ROLE_FILTERS.find((filter) => filter === event.target.value) ?? 'all')}
            >
              {ROLE_FILTERS.map((filter) => (
                <option key={filter} value={filter}>
                  {t(`organisation.users.filter.${filter}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <Button type="submit">{t('organisation.users.filter.submit')}</Button>
      {isFiltered(value) && (
        <Button appearance="subtle" onClick={() => onChange({ role: 'all', q: '' })}>
          {t('organisation.users.filter.clear')}
        </Button>
      )}
    </form>
  );
}
