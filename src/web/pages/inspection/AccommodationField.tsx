// "Accommodatie" of an inspection tool: one of the accommodations this user may inspect, or, for
// a tool that can look across the municipality, all of them when none is chosen.
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';
import type { AccommodationOptions } from './useInspectableAccommodations.ts';

interface AccommodationFieldProps {
  accommodations: AccommodationOptions;
  /** No choice means every accommodation of the municipality; otherwise one must be chosen. */
  allowAll?: boolean;
}

export function AccommodationField({ accommodations, allowAll = false }: AccommodationFieldProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      name="accommodationId"
      label={t('inspection.fields.accommodation')}
      placeholder={allowAll ? t('inspection.fields.allAccommodations') : t('inspection.fields.accommodationPlaceholder')}
      options={accommodations.options ?? []}
      required={!allowAll}
    />
  );
}
