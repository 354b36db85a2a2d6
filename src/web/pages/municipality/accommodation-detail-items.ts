// An overseen accommodation's details as label–value pairs: what the owner registered, plus its
// status and the municipality's decision.
import type { TFunction } from 'i18next';
import type { DirectoryAccommodationDetail } from '../../api/municipality-portal.ts';
import type { DataListItem } from '../../components/DataList.tsx';
import { formatDateTime } from '../../i18n/format-date.ts';

export function accommodationDetailItems(a: DirectoryAccommodationDetail, t: TFunction): DataListItem[] {
  const orEmpty = (value: string | null) => (value ? value : t('common.notFilledIn'));
  const items: DataListItem[] = [
    { key: 'status', label: t('portal.detail.status'), value: t(`portal.status.${a.status}`, { defaultValue: a.status }) },
    { key: 'companyName', label: t('fields.companyName.label'), value: a.companyName },
    { key: 'address', label: t('fields.address.label'), value: a.address },
    { key: 'postcode', label: t('fields.postcode.label'), value: a.postcode },
    { key: 'city', label: t('fields.city.label'), value: a.city },
    { key: 'kvkNumber', label: t('fields.kvkNumber.label'), value: orEmpty(a.kvkNumber) },
    { key: 'phone', label: t('fields.phone.label'), value: orEmpty(a.phone) },
    { key: 'beds', label: t('fields.beds.label'), value: a.beds.toLocaleString('nl-NL') },
    {
      key: 'accommodationType',
      label: t('fields.accommodationType.label'),
      value: t(`accommodationType.${a.accommodationType}`, { defaultValue: a.accommodationType }),
    },
    { key: 'municipality', label: t('fields.municipality.label'), value: a.municipality.name },
    { key: 'createdAt', label: t('portal.detail.createdAt'), value: formatDateTime(a.createdAt) },
  ];
  if (a.decidedAt) items.push({ key: 'decidedAt', label: t('portal.detail.decidedAt'), value: formatDateTime(a.decidedAt) });
  if (a.rejectionReason) items.push({ key: 'rejectionReason', label: t('portal.detail.rejectionReason'), value: a.rejectionReason });
  return items;
}
