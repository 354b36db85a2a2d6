// What the stay's page tells after arriving from the form: "Registratie 12 is opgeslagen." It
// travels in the router's location state, so a reload or a shared link does not repeat it.
export interface StayNotice {
  saved: number;
}

export function stayNoticeFrom(state: unknown): StayNotice | null {
  if (typeof state !== 'object' || state === null || !('saved' in state)) return null;
  const { saved } = state;
  return typeof saved === 'number' ? { saved } : null;
}
