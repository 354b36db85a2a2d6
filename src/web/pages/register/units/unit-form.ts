// The form of a room or pitch: the shared unit schema, with the capacity as typed in a text box.
import { z } from 'zod';
import { UNIT_FORFAIT_KINDS, unitSchema, type UnitInput } from '../../../../shared/schemas/register.ts';
import type { Unit } from '../../../api/register.ts';

/** Digits only, then the shared whole-number rule with its own message. */
const capacityText = z
  .string()
  .trim()
  .transform((v) => (/^\d{1,7}$/.test(v) ? Number(v) : Number.NaN))
  .pipe(unitSchema.shape.capacity);

/**
 * A select starts empty (''), which the shared enum refuses with its own code; the forfait's
 * empty option is "Geen forfait".
 */
export const unitFormSchema = unitSchema.extend({
  capacity: capacityText,
  kind: z.string().pipe(unitSchema.shape.kind),
  forfaitKind: z
    .string()
    .transform((v) => (v === '' ? 'none' : v))
    .pipe(z.enum(UNIT_FORFAIT_KINDS, { error: 'FORFAIT_KIND_INVALID' })),
});

export type UnitFormValues = z.input<typeof unitFormSchema>;
export type UnitFormOutput = UnitInput;
export const UNIT_FIELD_NAMES = ['name', 'kind', 'capacity', 'exclusive', 'active', 'forfaitKind', 'actualNights'] as const;

export const emptyUnitValues: UnitFormValues = { name: '', kind: '', capacity: '', exclusive: true, active: true, forfaitKind: '', actualNights: false };

export function unitValues(unit: Unit): UnitFormValues {
  return {
    name: unit.name,
    kind: unit.kind,
    capacity: String(unit.capacity),
    exclusive: unit.exclusive,
    active: unit.active,
    forfaitKind: unit.forfaitKind === 'none' ? '' : unit.forfaitKind,
    actualNights: unit.actualNights,
  };
}
