// Whether a stay fits its unit: an exclusive unit (a room, a chalet) holds one stay a night and
// at most its capacity; a shared unit (a dormitory, a group field) holds stays up to its capacity
// in persons on every night. Pure, so the batch API checks 1000 stays against one query's rows.
import { dayNumber } from '../../../../shared/register/dates.ts';
import type { ErrorCode } from '../../../../shared/error-codes.ts';

export interface UnitRule {
  id: string;
  capacity: number;
  exclusive: boolean;
}

export interface Occupant {
  id?: string;
  unitId: string;
  arrival: string;
  departure: string;
  persons: number;
}

function overlaps(a: Occupant, b: Occupant): boolean {
  return a.arrival < b.departure && b.arrival < a.departure;
}

/** The first reason `stay` does not fit `unit` next to `others` (same unit or not), or null. */
export function unitProblem(unit: UnitRule, stay: Occupant, others: readonly Occupant[]): { field: 'persons' | 'unitId'; code: ErrorCode } | null {
  if (stay.persons > unit.capacity) return { field: 'persons', code: 'UNIT_OVER_CAPACITY' };
  // A stay without an id is new: every occupant is a neighbour, also one added earlier in the same batch (no id either).
  const neighbours = others.filter((o) => o.unitId === unit.id && (stay.id === undefined || o.id !== stay.id) && overlaps(o, stay));
  if (neighbours.length === 0) return null;
  if (unit.exclusive) return { field: 'unitId', code: 'UNIT_OCCUPIED' };
  const first = dayNumber(stay.arrival) ?? 0;
  const last = dayNumber(stay.departure) ?? 0;
  for (let night = first; night < last; night++) {
    let persons = stay.persons;
    for (const o of neighbours) {
      if ((dayNumber(o.arrival) ?? 0) <= night && night < (dayNumber(o.departure) ?? 0)) persons += o.persons;
    }
    if (persons > unit.capacity) return { field: 'persons', code: 'UNIT_OVER_CAPACITY' };
  }
  return null;
}
