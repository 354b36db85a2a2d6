// Register test data: a valid stay with overrides (the guest's fields merge, the rest replaces).
export function aStay(overrides: Record<string, unknown> & { guest?: Record<string, unknown> } = {}) {
  const { guest, ...rest } = overrides;
  return {
    arrival: '2026-06-10',
    departure: '2026-06-12',
    persons: 1,
    purpose: 'tourist',
    guest: {
      initials: 'J.',
      surname: 'Jansen',
      residence: 'Utrecht',
      country: 'NL',
      dateOfBirth: '1980-04-02',
      nationality: 'NL',
      documentType: 'id_card',
      ...guest,
    },
    coTravellers: [],
    ...rest,
  };
}
