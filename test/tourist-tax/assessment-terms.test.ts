// The terms around an aanslag as properties: the last day for bezwaar is six weeks after the
// dagtekening or the first working day after that (Awb art. 6:7/6:8, AWR art. 22j, Algemene
// termijnenwet art. 1 and 3), and a return deadline of at least 31 days is at least one calendar
// month after any period (AWR art. 10), while 30 days is not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/register/dates.ts';
import { TAX_DEADLINE_MIN_DAYS } from '../../src/shared/schemas/tourist-tax.ts';
import { easterSunday, objectionDeadline, termHolidays } from '../../src/server/modules/tourist-tax/assessments/objection-deadline.ts';
import { deadlineOf, lastDayOf, periodsOfYear } from '../../src/server/modules/tourist-tax/periods.ts';

const aDay = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();
const working = (day: string) => weekday(day) !== 0 && weekday(day) !== 6 && !termHolidays(Number(day.slice(0, 4))).has(day);

/** One calendar month after a period's last day: the same date next month, or that month's last day. */
function oneMonthAfter(lastDay: string): string {
  const [y, m, d] = lastDay.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m, 1));
  const daysInNext = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth(), Math.min(d, daysInNext))).toISOString().slice(0, 10);
}

describe('the last day for bezwaar', () => {
  it('is the first working day from six weeks after the dagtekening on', () => {
    fc.assert(
      fc.property(aDay, (datedOn) => {
        const last = objectionDeadline(datedOn);
        const sixWeeks = addDays(datedOn, 42);
        expect(last >= sixWeeks).toBe(true);
        expect(working(last)).toBe(true);
        for (let day = sixWeeks; day < last; day = addDays(day, 1)) expect(working(day)).toBe(false);
      }),
    );
  });

  it('knows Easter and the holidays around it (worked examples)', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    // Dagtekening Thursday 19 February 2026 + 6 weeks = Thursday 2 April; Friday 3 April is Good Friday: the term still ends on the 2nd.
    expect(objectionDeadline('2026-02-19')).toBe('2026-04-02');
    // + 6 weeks = Good Friday 3 April 2026, then the weekend and Easter Monday: Tuesday 7 April.
    expect(objectionDeadline('2026-02-20')).toBe('2026-04-07');
    // King's Day 2025 fell on a Sunday and was celebrated on Saturday 26 April: Monday 28 April.
    expect(objectionDeadline('2025-03-15')).toBe('2025-04-28');
  });
});

describe('the return deadline', () => {
  it(`is at least one calendar month after every period with ${TAX_DEADLINE_MIN_DAYS} days or more`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.constantFrom('month', 'quarter', 'year' as const),
        fc.integer({ min: TAX_DEADLINE_MIN_DAYS, max: 366 }),
        (year, kind, days) => {
          for (const period of periodsOfYear(year, kind)) expect(deadlineOf(period, days) >= oneMonthAfter(lastDayOf(period))).toBe(true);
        },
      ),
    );
  });

  it('would fall short with 30 days: 31 December + 30 days is 30 January', () => {
    const [year] = periodsOfYear(2026, 'year');
    if (!year) throw new Error('no period');
    expect(deadlineOf(year, 30)).toBe('2027-01-30');
    expect(oneMonthAfter(lastDayOf(year))).toBe('2027-01-31');
    expect(deadlineOf(year, TAX_DEADLINE_MIN_DAYS)).toBe('2027-01-31');
  });
});
