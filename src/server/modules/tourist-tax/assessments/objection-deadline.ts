// The last day to object (bezwaar) to an aanslag. The term is six weeks (Awb art. 6:7) and starts
// the day after the aanslag's date, its dagtekening (Awb art. 6:8; AWR art. 22j): it ends on the
// dagtekening plus 42 days. A term ending on a Saturday, Sunday or public holiday runs on to the
// next day that is none of these (Algemene termijnenwet art. 1 and 3).
import { addDays, dayNumber } from '../../../../shared/register/dates.ts';

export const OBJECTION_TERM_DAYS = 6 * 7;

const pad = (n: number) => String(n).padStart(2, '0');

/** Easter Sunday of a year (anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(date)}`;
}

/**
 * The public holidays of Algemene termijnenwet art. 3(1) and Good Friday (art. 3(2)). Days the
 * Crown adds by decree (art. 3(3), e.g. the Friday after Ascension) are not known here, so on
 * such a day the deadline shown is the earlier, safe one.
 */
export function termHolidays(year: number): Set<string> {
  const easter = easterSunday(year);
  const kingsDay = `${year}-04-27`;
  const sunday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay() === 0;
  return new Set([
    `${year}-01-01`,
    addDays(easter, -2),
    addDays(easter, 1),
    // Koningsdag is celebrated on the 26th when the 27th is a Sunday.
    sunday(kingsDay) ? `${year}-04-26` : kingsDay,
    `${year}-05-05`,
    addDays(easter, 39),
    addDays(easter, 50),
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
}

function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !termHolidays(Number(day.slice(0, 4))).has(day);
}

/** The last day on which a bezwaarschrift against an aanslag dated `datedOn` is in time. */
export function objectionDeadline(datedOn: string): string {
  if (dayNumber(datedOn) === null) throw new Error(`not a day: ${datedOn}`);
  let last = addDays(datedOn, OBJECTION_TERM_DAYS);
  while (!isWorkingDay(last)) last = addDays(last, 1);
  return last;
}
