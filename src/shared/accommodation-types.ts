// The kinds of accommodation an entrepreneur can register; the codes are stable API values,
// the labels live in the i18n catalogs under `accommodationType.<code>`.
export const ACCOMMODATION_TYPES = [
  'hotel',
  'bed_and_breakfast',
  'holiday_home',
  'holiday_park',
  'campsite',
  'group_accommodation',
  'hostel',
  'boat',
  'other',
] as const;

export type AccommodationType = (typeof ACCOMMODATION_TYPES)[number];
