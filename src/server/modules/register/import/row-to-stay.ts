// One CSV row as the input of the stay schema: the cells' text turned into the values the schema
// expects (unit name to unit id, Dutch dates and prices, country names), and validated by the
// same stayInputSchema as the staff form and the API. Errors are named by the CSV column.
import { houseNumberOf } from '../../../../shared/register/house-number.ts';
import { missingAskedFields, stayInputSchema, type AskedFields, type StayInput } from '../../../../shared/schemas/register.ts';
import type { ItemError } from '../stays/register-stays.ts';
import { centsOf, columnOfField, coTravellersOf, countryOf, dayOf, documentTypeOf, purposeOf, type CsvCells } from './csv-format.ts';
import { fieldErrorsOf, validationError } from './item-errors.ts';

/** The accommodation's units by lower-case name, for the "kamer" column. */
export type UnitsByName = ReadonlyMap<string, string>;

/** The schema's field path as the CSV column it came from. */
export const columnName = (path: string) => columnOfField(path) ?? path;

function personsOf(text: string, coTravellers: number): unknown {
  if (!text) return 1 + coTravellers;
  return /^\d+$/.test(text) ? Number(text) : text;
}

export function stayInputOfCells(cells: CsvCells, units: UnitsByName): Record<string, unknown> {
  const text = (column: keyof CsvCells) => cells[column]?.trim() ?? '';
  const unit = text('kamer');
  const coTravellers = coTravellersOf(text('medereizigers'));
  return {
    arrival: dayOf(text('aankomst')),
    departure: dayOf(text('vertrek')),
    // An unknown unit name is passed on as it is: the schema refuses it as UNIT_INVALID.
    unitId: unit ? (units.get(unit.toLowerCase()) ?? unit) : null,
    persons: personsOf(text('personen'), coTravellers.length),
    purpose: purposeOf(text('reisdoel')),
    employerName: text('werkgever'),
    bookingReference: text('boekingsnummer'),
    lodgingPriceCents: centsOf(text('prijs')),
    guest: {
      initials: text('voorletters'),
      surname: text('achternaam'),
      residence: text('woonplaats'),
      postcode: text('postcode'),
      // "12", or "12 A" / "12-2" with its addition, which the postcode table does not need.
      houseNumber: houseNumberOf(text('huisnummer')),
      country: countryOf(text('land')),
      dateOfBirth: dayOf(text('geboortedatum')),
      nationality: countryOf(text('nationaliteit')),
      documentType: documentTypeOf(text('documentsoort')),
      documentNumber: text('documentnummer'),
    },
    coTravellers,
  };
}

/** The row as a valid stay, or its errors per column. */
export function stayOfRow(cells: CsvCells, units: UnitsByName, asked: AskedFields): { stay: StayInput } | { error: ItemError } {
  // What the municipality asks is checked with the rest, so a row's errors come in one round.
  const schema = stayInputSchema.superRefine((stay, ctx) => {
    for (const [path, code] of missingAskedFields(stay, asked)) ctx.addIssue({ code: 'custom', message: code, path: path.split('.') });
  });
  const parsed = schema.safeParse(stayInputOfCells(cells, units));
  if (parsed.success) return { stay: parsed.data };
  return { error: validationError(fieldErrorsOf(parsed.error, columnName)) };
}
