// The accommodation's registered details as label–value pairs for a data list.
import type { TFunction } from 'i18next';
import type { Accommodation } from '../../api/types.ts';
import type { DataListItem } from '../../components/DataList.tsx';

export function accommodationItems(accommodation: Accommodation, t: TFunction): DataListItem[] {
  const orEmpty = (value: string | null) => (value ? value : t('common.notFilledIn'));
  return [
    { key: 'companyName', label: t('fields.companyName.label'), value: accommodation.companyName },
    { key: 'address', label: t('fields.address.label'), value: accommodation.address },
    { key: 'postcode', label: t('fields.postcode.label'), value: accommodation.postcode },
    { key: 'city', label: t('fields.city.label'), value: accommodation.city },
    { key: 'kvkNumber', label: t('fields.kvkNumber.label'), value: orEmpty(accommodation.kvkNumber) },
    { key: 'phone', label: t('fields.phone.label'), value: orEmpty(accommodation.phone) },
    { key: 'beds', label: t('fields.beds.label'), value: accommodation.beds.toLocaleString('nl-NL') },
    {
      key: 'accommodationType',
      label: t('fields.accommodationType.label'),
      value: t(`accommodationType.${accommodation.accommodationType}`, { defaultValue: accommodation.accommodationType }),
    },
    {
      key: 'starRating',
      label: t('fields.starRating.label'),
      value: typeof accommodation.starRating === 'number' ? t('fields.starRating.value', { count: accommodation.starRating }) : t('fields.starRating.none'),
    },
    { key: 'municipality', label: t('fields.municipality.label'), value: accommodation.municipality.name },
  ];
}
