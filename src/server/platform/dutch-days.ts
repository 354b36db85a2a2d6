// Calendar days as Dutch users mean them: a date filter "1 to 3 May" covers those days in
// Europe/Amsterdam, whatever the time zone of the server or the database.
const AMSTERDAM = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Years outside this range are typing mistakes, and beyond it the database would refuse them. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;

/** Midnight UTC of a YYYY-MM-DD day, or null when it is not a real calendar day. */
function utcMidnight(day: string): number | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  // setUTCFullYear rather than Date.UTC: the latter maps years 0-99 onto 1900-1999.
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, date);
  // 2025-02-30 rolls over into March; a real day survives the round trip.
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== date) return null;
  return t.getTime();
}

export function isCalendarDay(day: string): boolean {
  return utcMidnight(day) !== null;
}

/** How far Amsterdam's wall clock is ahead of UTC at this instant, in milliseconds. */
function amsterdamOffset(instant: number): number {
  const parts = Object.fromEntries(AMSTERDAM.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
  const wall = new Date(0);
  wall.setUTCFullYear(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1);
  wall.setUTCHours(parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0, 0);
  return wall.getTime() - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The instant at which a wall-clock midnight (given as if it were UTC) happens in Amsterdam. */
function amsterdamInstant(wallAsUtc: number): number {
  // Corrected twice: the first guess may sit on the other side of a daylight-saving change.
  const guess = wallAsUtc - amsterdamOffset(wallAsUtc);
  return wallAsUtc - amsterdamOffset(guess);
}

/** The first instant of a YYYY-MM-DD day in Amsterdam. Throws on a day isCalendarDay refuses. */
export function startOfDutchDay(day: string): Date {
  const midnight = utcMidnight(day);
  if (midnight === null) throw new RangeError(`not a calendar day: ${day}`);
  return new Date(amsterdamInstant(midnight));
}

/** The first instant after a YYYY-MM-DD day in Amsterdam (an exclusive upper bound). */
export function endOfDutchDay(day: string): Date {
  const midnight = utcMidnight(day);
  if (midnight === null) throw new RangeError(`not a calendar day: ${day}`);
  return new Date(amsterdamInstant(midnight + 24 * 60 * 60 * 1000));
}
