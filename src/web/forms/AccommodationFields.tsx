// The accommodation's details as form fields, in the order and with the labels of the DNR
// manual; shared by registration and by editing the accommodation later.
import { useTranslation } from 'react-i18next';
import { ACCOMMODATION_TYPES } from '../../shared/accommodation-types.ts';
import { SelectField, type SelectOption } from '../components/SelectField.tsx';
import { TextField } from '../components/TextField.tsx';

export function useAccommodationTypeOptions(): SelectOption[] {
  const { t } = useTranslation();
  return ACCOMMODATION_TYPES.map((type) => ({ value: type, label: t(`accommodationType.${type}`) }));
}

export function AddressFields() {
  const { t } = useTranslation();
  return (
    <>
      <TextField name="companyName" label={t('fields.companyName.label')} required autoComplete="organization" />
      <TextField name="address" label={t('fields.address.label')} info={t('fields.address.info')} required autoComplete="street-address" />
      <TextField name="postcode" label={t('fields.postcode.label')} required autoComplete="postal-code" width="xs" />
      <TextField name="city" label={t('fields.city.label')} required autoComplete="address-level2" width="md" />
    </>
  );
}

export function BusinessFields() {
  const { t } = useTranslation();
  const typeOptions = useAccommodationTypeOptions();
  return (
    <>
      <TextField
        name="kvkNumber"
        label={t('fields.kvkNumber.label')}
        description={t('fields.kvkNumber.description')}
        inputMode="numeric"
        autoComplete="off"
        width="sm"
      />
      <TextField name="phone" label={t('fields.phone.label')} type="tel" autoComplete="tel" width="md" />
      <TextField
        name="beds"
        label={t('fields.beds.label')}
        description={t('fields.beds.description')}
        required
        inputMode="numeric"
        autoComplete="off"
        width="xs"
      />
      <SelectField
        name="accommodationType"
        label={t('fields.accommodationType.label')}
        info={t('fields.accommodationType.info')}
        placeholder={t('fields.accommodationType.placeholder')}
        options={typeOptions}
        required
      />
    </>
  );
}

/** All details of the accommodation itself, without account or municipality. */
export function AccommodationFields() {
  return (
    <>
      <AddressFields />
      <BusinessFields />
    </>
  );
}
