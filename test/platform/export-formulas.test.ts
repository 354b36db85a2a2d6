// Formula injection in every spreadsheet export, through HTTP: an accommodation and its guests
// whose names, places, references and unit start with =, +, -, @ (or a tab or carriage return,
// which the input trims away; initials cannot start with one at all) are exported as the owner's register CSV, the municipality's monthly
// copy, and the tourist-tax CSV and XLSX. No cell of any of them starts like a formula, the hostile
// text is there with a leading apostrophe, and the XLSX holds no formula at all.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

// Mid-April: the first quarter has ended, so its return can be submitted and exported.
const t = await startTestApp({ clock: manualClock(new Date('2026-04-10T10:00:00Z')) });
const doetinchem = t.municipalities.find((m) => m.code === 'GM0222')?.id;

/** Text a spreadsheet would run: each starts with one of the formula characters. */
const HOSTILE = {
  companyName: '=HYPERLINK("http://evil.example";"Hotel")',
  address: '+31 Markt 1',
  city: '@Doetinchem',
  surname: '=Jansen+1',
  residence: '+31 Utrecht',
  employerName: '-2+3',
  bookingReference: "=cmd|' /C calc'!A0",
  unit: '@SUM(A1:A9)',
  // Co-travellers share one cell ("B. -Bakker"), which starts with their initials.
  coTraveller: '-Bakker',
  platformReference: '=IMPORTXML("http://evil.example";"//a")',
  tabbed: '\t=Tabgast',
  returned: '\r@Terug',
};
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number ("-3,50", an amount) is no formula and keeps its sign. */
const PLAIN_NUMBER = /^-?\d+(,\d+)?$/;

const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
expect((await municipality.client.put('/api/municipality/tax/settings', { period: 'quarter', deadlineDays: 31 })).statusCode).toBe(200);
// The monthly copy is the municipality's choice (decision 0015).
const settingsNow = (await municipality.client.get('/api/municipality/settings')).json();
expect(
  (
    await municipality.client.put('/api/municipality/settings', {
      ...settingsNow,
      monthlyCopy: true,
      contactEmail: settingsNow.contactEmail ?? '',
      contactPhone: settingsNow.contactPhone ?? '',
      contactText: settingsNow.contactText ?? '',
      themeColor: settingsNow.themeColor ?? '',
    })
  ).statusCode,
).toBe(200);
expect((await municipality.client.post('/api/municipality/tax/rules', { validFrom: '2026-01-01', perPersonNightCents: 250 })).statusCode).toBe(201);

const owner = await signedInOwner(t, { municipalityId: doetinchem, companyName: HOSTILE.companyName, address: HOSTILE.address, city: HOSTILE.city });
const unit = await owner.client.post('/api/register/units', { name: HOSTILE.unit, kind: 'room', capacity: 4 });
expect(unit.statusCode).toBe(201);
const stays = [
  aStay({
    arrival: '2026-03-02',
    departure: '2026-03-05',
    persons: 2,
    lodgingPriceCents: 40_000,
    purpose: 'international_worker',
    employerName: HOSTILE.employerName,
    bookingReference: HOSTILE.bookingReference,
    unitId: unit.json().unit.id,
    guest: { surname: HOSTILE.surname, residence: HOSTILE.residence },
    coTravellers: [{ initials: 'B.', surname: HOSTILE.coTraveller }],
  }),
  aStay({ arrival: '2026-03-10', departure: '2026-03-11', guest: { surname: HOSTILE.tabbed, residence: HOSTILE.returned } }),
];
for (const stay of stays) {
  const response = await owner.client.post('/api/register/stays', stay);
  expect(response.statusCode, response.body).toBe(201);
}
const submitted = await owner.client.post('/api/tax/returns/2026-Q1', { platformDeductionCents: 100, platformReference: HOSTILE.platformReference });
expect(submitted.statusCode).toBe(201);

function csvCells(body: string): string[] {
  const rows: string[][] = parse(body, { bom: true, delimiter: ';', relax_column_count: true });
  return rows.flat();
}

function expectNoFormula(cells: string[], mustHold: string[]): void {
  expect(cells.filter((cell) => FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell))).toEqual([]);
  // The hostile text is in the file, defused by a leading apostrophe (tab and CR were trimmed at input).
  for (const text of mustHold)
    expect(
      cells.some((cell) => cell.includes(`'${text.trim()}`)),
      `'${text.trim()} in the export`,
    ).toBe(true);
}

describe('spreadsheet exports neutralise formulas', () => {
  it("in the owner's register CSV", async () => {
    const response = await owner.client.get('/api/register/export.csv?from=2026-03-01&to=2026-03-31');
    expect(response.statusCode).toBe(200);
    expectNoFormula(csvCells(response.body), [
      HOSTILE.surname,
      HOSTILE.residence,
      HOSTILE.employerName,
      HOSTILE.bookingReference,
      HOSTILE.unit,
      HOSTILE.tabbed,
      HOSTILE.returned,
    ]);
  });

  it("in the municipality's monthly copy of the register", async () => {
    const response = await municipality.client.get('/api/municipality/register-copy.csv?month=2026-03');
    expect(response.statusCode).toBe(200);
    expectNoFormula(csvCells(response.body), [HOSTILE.companyName, HOSTILE.surname, HOSTILE.residence, HOSTILE.bookingReference, HOSTILE.unit]);
  });

  it("in the municipality's tourist-tax CSV", async () => {
    const response = await municipality.client.get('/api/municipality/tax/returns.csv?period=2026-Q1');
    expect(response.statusCode).toBe(200);
    expectNoFormula(csvCells(response.body), [HOSTILE.companyName, HOSTILE.address, HOSTILE.platformReference]);
  });

  it("in the municipality's tourist-tax XLSX, which holds no formula at all", async () => {
    const response = await municipality.client.get('/api/municipality/tax/returns.xlsx?period=2026-Q1');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${cell.address}: ${String(cell.value)}`).not.toBe(ExcelJS.ValueType.Formula);
          if (cell.type === ExcelJS.ValueType.String) cells.push(String(cell.value));
          else expect([ExcelJS.ValueType.Number, ExcelJS.ValueType.Null], cell.address).toContain(cell.type);
        }),
      ),
    );
    expectNoFormula(cells, [HOSTILE.companyName, HOSTILE.address, HOSTILE.platformReference]);
  });
});
