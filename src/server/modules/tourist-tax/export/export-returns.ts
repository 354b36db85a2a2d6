// The municipality's export of a period's returns for its tax system, as CSV (`;`, decimal comma,
// UTF-8 with BOM) and as XLSX (numbers as numbers), one row per accommodation in the layout
// documented in docs/tourist-tax-export.md. Text that a spreadsheet would run as a formula is
// neutralised in both.
import ExcelJS from 'exceljs';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { BYTE_ORDER_MARK, csvLine } from '../../../platform/csv-writer.ts';
import { collectPeriod, type PeriodEntry } from '../returns/municipality-returns.ts';

type Cell = string | number;

/** Column header, and the cell of an entry: amounts in euros, counts as whole numbers. */
const COLUMNS: ReadonlyArray<[string, (e: PeriodEntry, period: string) => Cell, 'text' | 'count' | 'euro']> = [
  ['periode', (_e, period) => period, 'text'],
  ['aangiftenummer', (e) => e.row.returnNumber ?? '', 'text'],
  ['laatste_correctie', (e) => (e.returns.length > 1 ? (e.returns[0]?.number ?? '') : ''), 'text'],
  ['status', (e) => e.row.status, 'text'],
  ['gecorrigeerd', (e) => (e.row.corrected ? 'ja' : 'nee'), 'text'],
  ['ingediend_op', (e) => e.row.submittedAt?.slice(0, 10) ?? '', 'text'],
  ['accommodatie_id', (e) => e.accommodation.id, 'text'],
  ['naam', (e) => e.accommodation.companyName, 'text'],
  ['adres', (e) => `${e.accommodation.address}, ${e.accommodation.city}`, 'text'],
  ['soort', (e) => e.accommodation.accommodationType, 'text'],
  ['sterren', (e) => e.accommodation.starRating ?? '', 'count'],
  ['overnachtingen', (e) => e.totals?.nights ?? 0, 'count'],
  ['persoonsnachten', (e) => e.totals?.personNights ?? 0, 'count'],
  ['vrijgesteld_inwoners', (e) => e.totals?.exempt.resident ?? 0, 'count'],
  ['vrijgesteld_leeftijd', (e) => e.totals?.exempt.under_age ?? 0, 'count'],
  ['vrijgesteld_arbeidsmigranten', (e) => e.totals?.exempt.international_worker ?? 0, 'count'],
  ['belaste_persoonsnachten', (e) => e.totals?.taxablePersonNights ?? 0, 'count'],
  ['logiesomzet', (e) => euros(e.totals?.revenueCents ?? 0), 'euro'],
  ['bedrag_per_persoon', (e) => euros(e.totals?.perPersonCents ?? 0), 'euro'],
  ['bedrag_percentage', (e) => euros(e.totals?.percentageCents ?? 0), 'euro'],
  ['forfait', (e) => euros(e.totals?.forfaitCents ?? 0), 'euro'],
  ['correctie', (e) => euros(e.returns[0]?.correctionCents ?? 0), 'euro'],
  ['aftrek_platform', (e) => euros(e.returns[0]?.platformDeductionCents ?? 0), 'euro'],
  ['kenmerk_platform', (e) => e.returns[0]?.platformReference ?? '', 'text'],
  ['te_betalen', (e) => euros(e.row.amountDueCents), 'euro'],
  ['bron', (e) => (e.row.declared ? 'aangifte' : 'berekend'), 'text'],
  // The by-laws' own exemptions (decision 0014), at the end so existing imports keep their columns.
  ['vrijgesteld_zorgverblijf', (e) => e.totals?.exempt.care_stay ?? 0, 'count'],
  ['vrijgesteld_coa', (e) => e.totals?.exempt.coa ?? 0, 'count'],
  ['vrijgesteld_jeugdgroepen', (e) => e.totals?.exempt.youth_group ?? 0, 'count'],
  ['vrijgesteld_forensen', (e) => e.totals?.exempt.forensen ?? 0, 'count'],
];

const euros = (cents: number) => cents / 100;

/** "1234,50": the decimal comma Dutch spreadsheets read with `;` as separator. */
const csvNumber = (value: Cell) => (typeof value === 'number' ? String(value).replace('.', ',') : value);

async function entriesFor(deps: Deps, municipalityId: string, period: string, actorUserId: string, format: string, meta: RequestMeta) {
  const { entries, period: p } = await collectPeriod(deps, municipalityId, period);
  await recordAudit(deps.db, {
    action: 'tax.returns_exported',
    occurredAt: deps.clock.now(),
    actorUserId,
    municipalityId,
    ip: meta.ip,
    details: { period: p.key, format, rows: entries.length },
  });
  return { entries, key: p.key };
}

export async function exportReturnsCsv(deps: Deps, municipalityId: string, period: string, actorUserId: string, meta: RequestMeta): Promise<string> {
  const { entries, key } = await entriesFor(deps, municipalityId, period, actorUserId, 'csv', meta);
  return (
    BYTE_ORDER_MARK + csvLine(COLUMNS.map(([name]) => name)) + entries.map((e) => csvLine(COLUMNS.map(([, cell]) => String(csvNumber(cell(e, key)))))).join('')
  );
}

/** Text cells starting like a formula get a leading apostrophe, as in the CSV. */
const safeText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export async function exportReturnsXlsx(deps: Deps, municipalityId: string, period: string, actorUserId: string, meta: RequestMeta): Promise<Buffer> {
  const { entries, key } = await entriesFor(deps, municipalityId, period, actorUserId, 'xlsx', meta);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nachtregister';
  const sheet = workbook.addWorksheet(`Aangiften ${key}`);
  sheet.columns = COLUMNS.map(([name, , type]) => ({
    header: name,
    key: name,
    width: type === 'text' ? 24 : 16,
    style: type === 'euro' ? { numFmt: '#,##0.00' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const e of entries) {
    sheet.addRow(
      COLUMNS.map(([, cell]) => {
        const value = cell(e, key);
        return typeof value === 'string' ? safeText(value) : value;
      }),
    );
  }
  const totalRow = sheet.addRow(
    COLUMNS.map(([name, , type], i) => (i === 0 ? 'totaal' : type === 'euro' || (type === 'count' && name !== 'sterren') ? sum(entries, key, i) : '')),
  );
  totalRow.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function sum(entries: PeriodEntry[], key: string, column: number): number {
  const cell = COLUMNS[column]?.[1];
  if (!cell) return 0;
  // Summed in cents, so the total has no floating-point residue.
  return Math.round(entries.reduce((t, e) => t + Math.round(Number(cell(e, key)) * 100), 0)) / 100;
}
