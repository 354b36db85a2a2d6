// "Zoeken" and the filters of the accommodation list; "Filteren" hands them to the page, which
// puts them in the address bar that the list follows.
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ACCOMMODATION_STATUSES } from '../../../shared/schemas/organisations.ts';
import { Button } from '../../components/Button.tsx';
import { Form } from '../../components/Form.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useAccommodationTypeOptions } from '../../forms/AccommodationFields.tsx';
import type { FilterFormOutput, FilterFormValues } from './accommodation-filter.ts';

interface AccommodationFilterFormProps {
  form: UseFormReturn<FilterFormValues, unknown, FilterFormOutput>;
  onFilter: (values: FilterFormOutput) => void;
  onClear: () => void;
}

export function AccommodationFilterForm({ form, onFilter, onClear }: AccommodationFilterFormProps) {
  const { t } = useTranslation();
  const typeOptions = useAccommodationTypeOptions();
  const statusOptions = ACCOMMODATION_STATUSES.map((status) => ({ value: status, label: t(`portal.status.${status}`) }));
  return (
    <Form form={form} label={t('portal.accommodations.filterLabel')} onSubmit={async (values) => onFilter(values)}>
      <TextField name="q" label={t('portal.accommodations.search')} description={t('portal.accommodations.searchDescription')} width="md" autoComplete="off" />
      <div className="nr-filter">
        <SelectField name="type" label={t('portal.accommodations.type')} placeholder={t('portal.accommodations.allTypes')} options={typeOptions} />
        <SelectField name="status" label={t('portal.accommodations.status')} placeholder={t('portal.accommodations.allStatuses')} options={statusOptions} />
        <TextField name="minBeds" label={t('portal.accommodations.minBeds')} inputMode="numeric" autoComplete="off" width="xs" />
        <TextField name="maxBeds" label={t('portal.accommodations.maxBeds')} inputMode="numeric" autoComplete="off" width="xs" />
      </div>
      <div className="nr-form-actions">
        <Button type="submit" appearance="primary-action">
          {t('portal.accommodations.filter')}
        </Button>
        <Button appearance="subtle" onClick={onClear}>
          {t('portal.accommodations.clear')}
        </Button>
      </div>
    </Form>
  );
}
