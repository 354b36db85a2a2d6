// "Present now": who is in the house at an instant — the list the fire brigade relies on
// ("Aanwezigen nu"), the owner's "Aanwezig" and the booking-system API all use this one
// definition, written once in SQL.
//
// At instant t (read on the Dutch wall clock, Europe/Amsterdam) a stay that is not cancelled and
// not checked out is present when it is checked in, or — nobody pressed "Inchecken" — when t lies
// between its arrival day at the accommodation's check-in time and its departure day at its
// check-out time. Most B&Bs never press a button, so the dates and house times must carry the
// night: a party of 5–7 December is in the house at 02:10 on the 7th; a party arriving on the 7th
// is expected, not present.
//
// The present stays and those about to come or go fall into three groups:
// - in_house: present, departing after today;
// - departing: departing today (or overdue: checked in and never out), not checked out — present
//   until the check-out time unless checked in, after it "vertrokken volgens registratie";
// - expected: not yet present, their check-in moment within the coming 24 hours.
//
// Times are compared on the wall clock (a local timestamp against arrival + check-in time), so the
// two daylight-saving changes need no special case: 15:00 is 15:00 on both sides of them.
import { sql, type SQL } from 'drizzle-orm';
import { dutchToday } from '../../../../shared/register/dates.ts';
import type { HouseTimes, PresenceBasis, PresenceGroup } from '../../../../shared/schemas/register.ts';
import { queryRows, type Db } from '../../../db/client.ts';

export interface PresenceEntry {
  id: string;
  group: PresenceGroup;
  present: boolean;
  basis: PresenceBasis;
  persons: number;
}

interface Clauses {
  day: SQL;
  present: SQL;
  checkedIn: SQL;
  group: SQL;
}

/**
 * The clauses over `stays s JOIN accommodations a` at instant `at`. `at` is the present moment:
 * no check-in or check-out recorded later than it (the candidates below rely on that).
 */
function clausesAt(at: Date): Clauses {
  const t = sql`${at.toISOString()}::timestamptz`;
  const local = sql`(${t} AT TIME ZONE 'Europe/Amsterdam')`;
  const day = sql`(${local})::date`;
  const checkedIn = sql`(s.checked_in_at IS NOT NULL AND s.checked_in_at <= ${t})`;
  const checkedOut = sql`(s.checked_out_at IS NOT NULL AND s.checked_out_at <= ${t})`;
  const byDates = sql`(${local} >= s.arrival + a.check_in_time AND ${local} < s.departure + a.check_out_time)`;
  const open = sql`(s.status <> 'cancelled' AND NOT ${checkedOut})`;
  const present = sql`(${open} AND (${checkedIn} OR ${byDates}))`;
  const arrivalMoment = sql`(s.arrival + a.check_in_time)`;
  const group = sql`CASE
      WHEN ${present} AND s.departure > ${day} THEN 'in_house'
      WHEN ${open} AND s.departure <= ${day} AND (${present} OR s.departure = ${day}) THEN 'departing'
      WHEN ${open} AND NOT ${checkedIn} AND ${local} < ${arrivalMoment} AND ${arrivalMoment} <= ${local} + interval '24 hours' THEN 'expected'
    END`;
  return { day, present, checkedIn, group };
}

/**
 * The stays that can be in a group at `at`: those whose dates touch the day before to the day
 * after (the GiST index on nights), and those checked in and not out (a small partial index),
 * so the list does not read the accommodation's history.
 */
function candidates(accommodationId: string, day: SQL): SQL {
  return sql`SELECT id FROM stays WHERE accommodation_id = ${accommodationId} AND nights && daterange(${day} - 1, ${day} + 2)
    UNION SELECT id FROM stays WHERE accommodation_id = ${accommodationId} AND checked_in_at IS NOT NULL AND checked_out_at IS NULL`;
}

const GROUP_ORDER: Record<PresenceGroup, number> = { in_house: 0, departing: 1, expected: 2 };

/** Every stay of the accommodation in one of the groups at `at`, by group, room and number. */
export async function presenceAt(db: Db, accommodationId: string, at: Date): Promise<PresenceEntry[]> {
  const c = clausesAt(at);
  const rows = await queryRows<{ id: string; grp: PresenceGroup; present: boolean; checked_in: boolean; persons: number }>(
    db,
    sql`SELECT * FROM (
          SELECT s.id, ${c.group} AS grp, ${c.present} AS present, ${c.checkedIn} AS checked_in, s.persons, u.name AS unit_name, s.number
          FROM stays s JOIN accommodations a ON a.id = s.accommodation_id LEFT JOIN units u ON u.id = s.unit_id
          WHERE s.id IN (${candidates(accommodationId, c.day)})
        ) x WHERE grp IS NOT NULL
        ORDER BY unit_name NULLS LAST, number`,
  );
  return rows
    .map((r) => ({
      id: r.id,
      group: r.grp,
      present: r.present,
      basis: (r.checked_in ? 'check_in' : 'registration') as PresenceBasis,
      persons: Number(r.persons),
    }))
    .sort((a, b) => GROUP_ORDER[a.group] - GROUP_ORDER[b.group]);
}

/** A condition on `stays` for the owner's list: the stay is present at `at`. */
export function presentAt(accommodationId: string, at: Date): SQL {
  const c = clausesAt(at);
  return sql`stays.id IN (SELECT s.id FROM stays s JOIN accommodations a ON a.id = s.accommodation_id
    WHERE s.id IN (${candidates(accommodationId, c.day)}) AND ${c.present})`;
}

export async function findHouseTimes(db: Db, accommodationId: string): Promise<HouseTimes | undefined> {
  const [row] = await queryRows<{ check_in_time: string; check_out_time: string }>(
    db,
    sql`SELECT check_in_time::text, check_out_time::text FROM accommodations WHERE id = ${accommodationId}`,
  );
  return row ? { checkInTime: row.check_in_time.slice(0, 5), checkOutTime: row.check_out_time.slice(0, 5) } : undefined;
}

/** The counts of the list: persons present in all, and stays and persons per group. */
export function presenceSummary(entries: PresenceEntry[]) {
  const group = (g: PresenceGroup) => {
    const inGroup = entries.filter((e) => e.group === g);
    return { stays: inGroup.length, persons: inGroup.reduce((sum, e) => sum + e.persons, 0) };
  };
  const present = entries.filter((e) => e.present);
  return {
    presentStays: present.length,
    presentPersons: present.reduce((sum, e) => sum + e.persons, 0),
    groups: { in_house: group('in_house'), departing: group('departing'), expected: group('expected') },
  };
}

/** More stays than one list can show; the answer says when it was capped. */
export const MAX_LISTED = 1000;

/**
 * The emergency list as every reader gets it: the moment, the house times, the persons present,
 * the groups, and the stays (in the reader's own view of a stay) each with its group and basis.
 */
export function presenceAnswer<T extends { id: string }>(at: Date, times: HouseTimes, entries: PresenceEntry[], rows: T[]) {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const summary = presenceSummary(entries);
  return {
    at: at.toISOString(),
    today: dutchToday(at),
    checkInTime: times.checkInTime,
    checkOutTime: times.checkOutTime,
    persons: summary.presentPersons,
    total: summary.presentStays,
    groups: summary.groups,
    capped: entries.length > MAX_LISTED,
    maxRows: MAX_LISTED,
    stays: entries.slice(0, MAX_LISTED).flatMap((e) => {
      const row = byId.get(e.id);
      return row ? [{ ...row, presence: { group: e.group, present: e.present, basis: e.basis } }] : [];
    }),
  };
}

/** How the list is made, for the API's documentation. */
export const PRESENCE_DESCRIPTION =
  'A stay is present when it is checked in and not checked out, or — not checked in or out — between its arrival day at the check-in time and its departure day at the check-out time of the accommodation (Europe/Amsterdam). ' +
  'Stays come in three groups: `in_house` (present, leaving after today), `departing` (leaving today or overdue, not checked out; present until the check-out time unless checked in) and `expected` (check-in moment within the coming 24 hours). ' +
  '`persons` counts the persons present; each stay says its group, whether it is present and on which basis (`check_in` or `registration`).';
