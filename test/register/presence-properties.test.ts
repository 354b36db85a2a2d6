// Property test of "present now": for random stays, house times and check-in/check-out moments, the
// emergency list agrees with a brute-force reading of the definition at every hour of several days
// — midnight, the check-in and check-out times (and the minute before each), and both daylight-
// saving changes of Europe/Amsterdam. The owner's "Aanwezig" answers at every instant; the
// inspector's "Aanwezigen nu", the booking-system API and the owner's list filter answer the same at
// a sample of them.
//
// The brute force reads each instant on the Dutch wall clock with Intl (not PostgreSQL) and applies
// the definition of issue "Aanwezigen nu": present = not cancelled, not checked out, and checked in
// or between arrival day + check-in time and departure day + check-out time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dutchToday } from '../../src/shared/register/dates.ts';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

/** A clock the test sets to any instant, forward or back (each run has its own accommodation). */
function settableClock(start: Date) {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
    set: (at: Date) => {
      t = at.getTime();
    },
  };
}

const clock = settableClock(new Date('2026-12-01T12:00:00Z'));
// Each run signs its readers in at the start of its window; their sessions outlive the days it walks.
const t = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: String(24 * 60), SESSION_ABSOLUTE_HOURS: String(24 * 30) } });
const WALL_CLOCK = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "YYYY-MM-DD HH:MM:SS" on the Dutch wall clock. */
const wallClock = (at: Date) => WALL_CLOCK.format(at);

/** A wall-clock reading plus hours, as a reading (naive arithmetic, as a clock on the wall). */
function plusHours(reading: string, hours: number): string {
  const naive = new Date(`${reading.replace(' ', 'T')}Z`).getTime() + hours * 3_600_000;
  return new Date(naive).toISOString().slice(0, 19).replace('T', ' ');
}

/** The UTC instant at which the Dutch wall clock shows `day time` (the first, where it shows it twice). */
function instantOf(day: string, time: string): Date | null {
  const wanted = `${day} ${time}:00`;
  const guess = new Date(`${day}T${time}:00Z`).getTime();
  for (const offsetHours of [-2, -1, 0]) {
    const candidate = new Date(guess + offsetHours * 3_600_000);
    if (wallClock(candidate) === wanted) return candidate;
  }
  return null; // the hour that does not exist in spring
}

interface PlannedStay {
  arrivalOffset: number;
  nights: number;
  persons: number;
  cancelled: boolean;
  /** Hours after the window's start at which someone presses "Inchecken" / "Uitchecken", if ever. */
  checkInAfter: number | null;
  checkOutAfter: number | null;
}

interface Stay extends PlannedStay {
  id: string;
  arrival: string;
  departure: string;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
}

type Group = 'in_house' | 'departing' | 'expected';
interface Expected {
  group: Group;
  present: boolean;
  basis: 'check_in' | 'registration';
}

/** The definition, read at instant `at` for one stay. */
function bruteForce(stay: Stay, at: Date, checkInTime: string, checkOutTime: string): Expected | null {
  const now = wallClock(at);
  const today = now.slice(0, 10);
  const checkedIn = stay.checkedInAt !== null && stay.checkedInAt <= at;
  const checkedOut = stay.checkedOutAt !== null && stay.checkedOutAt <= at;
  const open = !stay.cancelled && !checkedOut;
  const arrivalMoment = `${stay.arrival} ${checkInTime}:00`;
  const byDates = now >= arrivalMoment && now < `${stay.departure} ${checkOutTime}:00`;
  const present = open && (checkedIn || byDates);
  const basis = checkedIn ? 'check_in' : 'registration';
  if (present && stay.departure > today) return { group: 'in_house', present, basis };
  if (open && stay.departure <= today && (present || stay.departure === today)) return { group: 'departing', present, basis };
  if (open && !checkedIn && now < arrivalMoment && arrivalMoment <= plusHours(now, 24)) return { group: 'expected', present, basis };
  return null;
}

/** Three windows of four days: an ordinary December, and the spring and autumn DST changes of 2027. */
const WINDOWS = ['2026-12-05', '2027-03-26', '2027-10-29'];
const WINDOW_DAYS = 4;
const TIMES = ['00:00', '00:30', '02:30', '09:00', '10:00', '11:00', '12:00', '14:00', '15:00', '16:30', '23:30'];

const plannedStay = fc.record({
  arrivalOffset: fc.integer({ min: -2, max: WINDOW_DAYS }),
  nights: fc.integer({ min: 1, max: 3 }),
  persons: fc.integer({ min: 1, max: 6 }),
  cancelled: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  checkInAfter: fc.option(fc.integer({ min: 0, max: WINDOW_DAYS * 24 }), { freq: 2 }),
  checkOutAfter: fc.option(fc.integer({ min: 0, max: WINDOW_DAYS * 24 }), { freq: 3 }),
});

/** Every hour of the window, and each day's midnight, check-in and check-out time and the minute before. */
function instantsOf(windowStart: Date, firstDay: string, checkInTime: string, checkOutTime: string): Date[] {
  const instants = new Map<number, Date>();
  const add = (at: Date | null) => at && instants.set(at.getTime(), at);
  for (let h = 0; h <= WINDOW_DAYS * 24; h++) add(new Date(windowStart.getTime() + h * 3_600_000));
  for (let d = 0; d < WINDOW_DAYS; d++) {
    const day = addDays(firstDay, d);
    for (const time of ['00:00', checkInTime, checkOutTime]) {
      const at = instantOf(day, time);
      add(at);
      if (at) add(new Date(at.getTime() - 60_000));
    }
  }
  return [...instants.values()].sort((a, b) => a.getTime() - b.getTime());
}

/** An owner of a new accommodation with these house times, and an inspector of its municipality. */
async function readers(checkInTime: string, checkOutTime: string) {
  const owner = (await signedInOwner(t)).client;
  const { accommodation } = (await owner.get('/api/accommodation')).json();
  const times = await owner.put('/api/accommodation/house-times', { checkInTime, checkOutTime });
  expect(times.statusCode).toBe(200);
  expect(times.json().accommodation).toMatchObject({ checkInTime, checkOutTime });
  const inspector = await signedInOperatorAccount(t, 'inspector', accommodation.municipality.code);
  const api = await owner.post('/api/register/api-tokens', { name: 'Boekingssysteem' });
  expect(api.statusCode).toBe(201);
  return { owner, inspector: inspector.client, accommodationId: accommodation.id as string, bearer: { authorization: `Bearer ${api.json().token as string}` } };
}

type Answered = { id: string; presence: Expected }[];
const byId = (stays: Answered) => Object.fromEntries(stays.map((s) => [s.id, s.presence]));

function expectedAt(stays: Stay[], at: Date, checkInTime: string, checkOutTime: string) {
  const entries = stays.flatMap((s) => {
    const e = bruteForce(s, at, checkInTime, checkOutTime);
    return e ? [[s.id, e] as const] : [];
  });
  const persons = stays.filter((s) => bruteForce(s, at, checkInTime, checkOutTime)?.present).reduce((sum, s) => sum + s.persons, 0);
  return { presence: Object.fromEntries(entries), persons };
}

describe('"present now" agrees with the definition at every hour', () => {
  it.each(WINDOWS)(
    'for random stays, house times and check-ins, four days from %s (midnight, check-out time, DST)',
    async (firstDay) => {
      let sampled = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...TIMES),
          fc.constantFrom(...TIMES),
          fc.array(plannedStay, { minLength: 1, maxLength: 7 }),
          async (checkInTime, checkOutTime, planned) => {
            const windowStart = instantOf(firstDay, '00:00');
            if (!windowStart) throw new Error('no midnight');
            clock.set(new Date(windowStart.getTime() - 3_600_000));
            const { owner, inspector, accommodationId, bearer } = await readers(checkInTime, checkOutTime);

            const stays: Stay[] = [];
            for (const p of planned) {
              const arrival = addDays(firstDay, p.arrivalOffset);
              const departure = addDays(arrival, p.nights);
              const created = await owner.post('/api/register/stays', aStay({ arrival, departure, persons: p.persons }));
              expect(created.statusCode).toBe(201);
              const id = created.json().stay.id as string;
              if (p.cancelled) expect((await owner.post(`/api/register/stays/${id}/cancel`, { reason: 'Niet gekomen' })).statusCode).toBe(200);
              stays.push({ ...p, id, arrival, departure, checkedInAt: null, checkedOutAt: null });
            }

            // The presses of "Inchecken" and "Uitchecken", in the order they happen.
            const presses = stays
              .filter((s) => !s.cancelled)
              .flatMap((s) => [
                ...(s.checkInAfter !== null
                  ? [{ stay: s, event: 'check-in' as const, at: new Date(windowStart.getTime() + s.checkInAfter * 3_600_000 - 30 * 60_000) }]
                  : []),
                ...(s.checkOutAfter !== null && (s.checkInAfter === null || s.checkOutAfter > s.checkInAfter)
                  ? [{ stay: s, event: 'check-out' as const, at: new Date(windowStart.getTime() + s.checkOutAfter * 3_600_000 - 20 * 60_000) }]
                  : []),
              ])
              .sort((a, b) => a.at.getTime() - b.at.getTime());

            for (const at of instantsOf(windowStart, firstDay, checkInTime, checkOutTime)) {
              while (presses[0] && presses[0].at <= at) {
                const press = presses.shift();
                if (!press) break;
                clock.set(press.at);
                // A check-in, and a check-out that checks in too, is possible from the day before
                // the arrival on (decision 0020).
                const checksIn = press.event === 'check-in' || press.stay.checkedInAt === null;
                const tooEarly = checksIn && dutchToday(press.at) < addDays(press.stay.arrival, -1);
                expect((await owner.post(`/api/register/stays/${press.stay.id}/${press.event}`)).statusCode).toBe(tooEarly ? 409 : 200);
                if (tooEarly) continue;
                if (press.event === 'check-in') press.stay.checkedInAt = press.at;
                else {
                  press.stay.checkedOutAt = press.at;
                  press.stay.checkedInAt ??= press.at;
                }
              }
              clock.set(at);
              const expected = expectedAt(stays, at, checkInTime, checkOutTime);
              const answer = await owner.get('/api/register/present');
              expect(answer.statusCode).toBe(200);
              const body = answer.json();
              const context = `${wallClock(at)} (Amsterdam), in ${checkInTime}, out ${checkOutTime}`;
              expect(byId(body.stays), context).toEqual(expected.presence);
              expect(body.persons, context).toBe(expected.persons);

              // The other readers, at one instant in six: the same stays, the same groups.
              if (at.getTime() % (6 * 3_600_000) === 0) {
                sampled++;
                const inspected = await inspector.post('/api/inspection/present', { accommodationId, reason: 'Eigenschapstest' });
                expect(inspected.statusCode).toBe(200);
                expect(byId(inspected.json().stays), context).toEqual(expected.presence);
                const fromApi = await t.app.inject({ method: 'GET', url: '/api/v1/present', headers: bearer });
                expect(fromApi.statusCode).toBe(200);
                expect(byId(fromApi.json().stays), context).toEqual(expected.presence);
                const listed = await owner.get('/api/register/stays?view=present');
                const presentIds = Object.entries(expected.presence)
                  .filter(([, e]) => e.present)
                  .map(([id]) => id)
                  .sort();
                expect((listed.json().stays as { id: string }[]).map((s) => s.id).sort(), context).toEqual(presentIds);
              }
            }
          },
        ),
        { numRuns: 3 },
      );
      expect(sampled).toBeGreaterThan(0);
    },
    300_000,
  );
});
