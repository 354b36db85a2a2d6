// Calendar days of the register: 'YYYY-MM-DD' strings, local days in Europe/Amsterdam. A stay's
// nights are [arrival, departure): the night of D is the night starting on day D.
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a real calendar day, or null. */
export function dayNumber(day: string): number | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999) return null;
  const t = Date.UTC(year, month - 1, date);
  const back = new Date(t);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== date) return null;
  return t / 86_400_000;
}

export function dayFromNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const n = dayNumber(day);
  if (n === null) throw new Error(`not a day: ${day}`);
  return dayFromNumber(n + days);
}

export function nightsBetween(arrival: string, departure: string): number {
  const a = dayNumber(arrival);
  const d = dayNumber(departure);
  if (a === null || d === null) throw new Error('not a day');
  return d - a;
}

const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in the Netherlands at this instant. */
export function dutchToday(now: Date): string {
  return AMSTERDAM_DAY.format(now);
}
