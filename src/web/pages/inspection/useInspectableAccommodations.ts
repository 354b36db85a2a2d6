// The approved accommodations of the inspector's municipality, as options of an "Accommodatie" select.
import { useEffect, useState } from 'react';
import { listInspectableAccommodations } from '../../api/inspection.ts';
import type { SelectOption } from '../../components/SelectField.tsx';

export interface AccommodationOptions {
  options: SelectOption[] | null;
  error: unknown;
}

export function useInspectableAccommodations(): AccommodationOptions {
  const [state, setState] = useState<AccommodationOptions>({ options: null, error: null });
  useEffect(() => {
    let current = true;
    listInspectableAccommodations().then(
      ({ accommodations }) =>
        current && setState({ options: accommodations.map((a) => ({ value: a.id, label: `${a.companyName}, ${a.address}, ${a.city}` })), error: null }),
      (error: unknown) => current && setState({ options: null, error }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
