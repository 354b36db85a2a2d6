// "Soort gebeurtenis", "Van", "Tot en met" and "Gebruiker (emailadres)"; "Filteren" hands them to
// the page, which puts them in the address bar that the log follows.
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { Form } from '../../components/Form.tsx';
import { SelectField, type SelectOption } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { FilterFormOutput, FilterFormValues } from './audit-log-filter.ts';
import { DateField } from './DateField.tsx';

interface AuditLogFilterFormProps {
  form: UseFormReturn<FilterFormValues, unknown, FilterFormOutput>;
  actions: readonly SelectOption[];
  onFilter: (values: FilterFormOutput) => void;
  onClear: () => void;
}

export function AuditLogFilterForm({ form, actions, onFilter, onClear }: AuditLogFilterFormProps) {
  const { t } = useTranslation();
  return (
    <Form form={form} label={t('auditLog.filters.label')} onSubmit={async (values) => onFilter(values)}>
      <div className="nr-filter">
        <SelectField name="action" label={t('auditLog.filters.action')} placeholder={t('auditLog.filters.allActions')} options={actions} />
        <DateField name="from" label={t('auditLog.filters.from')} />
        <DateField name="to" label={t('auditLog.filters.to')} />
        <TextField
          name="q"
          label={t('auditLog.filters.email')}
          description={t('auditLog.filters.emailDescription')}
          width="md"
          autoComplete="off"
          spellCheck={false}
        />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action">
            {t('auditLog.filters.submit')}
          </Button>
          <Button appearance="subtle" onClick={onClear}>
            {t('auditLog.filters.clear')}
          </Button>
        </div>
      </div>
    </Form>
  );
}
