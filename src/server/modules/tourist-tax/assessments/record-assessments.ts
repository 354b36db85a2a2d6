// The municipality records aanslagen: one at a time in its portal, or many at once from its tax
// system (JSON, or the CSV of docs/tourist-tax-assessments-import.md). A batch is stored whole or
// not at all, each aanslag for an accommodation of the municipality and under a number it does
// not have yet; the change and its audit event are one transaction.
import { parse } from 'csv-parse/sync';
import type { ErrorCode } from '../../../../shared/error-codes.ts';
import { taxAssessmentInputSchema, type TaxAssessment, type TaxAssessmentInput } from '../../../../shared/schemas/tourist-tax.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { AppError, fieldProblemOf, notFound } from '../../../platform/errors.ts';
import { errorMessages } from '../../../platform/messages.ts';
import { lastDayOf, parsePeriod } from '../periods.ts';
import type { TaxAdministrator } from '../rules/tax-rules.ts';
import { accommodationsOfMunicipality, insertAssessments, takenNumbers } from './assessment-queries.ts';
import { assessmentView } from './assessment-view.ts';

type FieldProblems = Record<string, { code: ErrorCode; message: string; maximum?: number }>;

const problem = (code: ErrorCode) => ({ code, message: errorMessages[code] });
const refuse = (fields: FieldProblems) => new AppError('VALIDATION_FAILED', { fields });

/** Where an input's problem is reported: the form's own field, or `assessments.<i>.<field>` in a batch. */
type FieldName = (index: number, field: keyof TaxAssessmentInput) => string;

async function store(
  deps: Deps,
  admin: TaxAdministrator,
  inputs: readonly TaxAssessmentInput[],
  source: 'portal' | 'import',
  name: FieldName,
  meta: RequestMeta,
): Promise<TaxAssessment[]> {
  return deps.db.transaction(async (tx) => {
    const companies = await accommodationsOfMunicipality(tx, admin.municipalityId, [...new Set(inputs.map((i) => i.accommodationId))]);
    const taken = await takenNumbers(
      tx,
      admin.municipalityId,
      inputs.map((i) => i.number),
    );
    const fields: FieldProblems = {};
    const seen = new Set<string>();
    inputs.forEach((input, index) => {
      if (!companies.has(input.accommodationId)) fields[name(index, 'accommodationId')] = problem('ACCOMMODATION_INVALID');
      if (taken.has(input.number) || seen.has(input.number)) fields[name(index, 'number')] = problem('ASSESSMENT_NUMBER_TAKEN');
      seen.add(input.number);
    });
    if (Object.keys(fields).length > 0) throw refuse(fields);
    const now = deps.clock.now();
    const rows = await insertAssessments(
      tx,
      inputs.map((input) => {
        const period = parsePeriod(input.period);
        return {
          ...input,
          municipalityId: admin.municipalityId,
          periodStart: period.from,
          periodEnd: lastDayOf(period),
          source,
          recordedAt: now,
          recordedBy: admin.userId,
        };
      }),
    );
    // Another officer took a number between the check and the insert.
    if (rows.length !== inputs.length) throw refuse({ [name(0, 'number')]: problem('ASSESSMENT_NUMBER_TAKEN') });
    const first = rows[0];
    await recordAudit(tx, {
      action: source === 'portal' ? 'tax.assessment_recorded' : 'tax.assessments_imported',
      occurredAt: now,
      actorUserId: admin.userId,
      municipalityId: admin.municipalityId,
      accommodationId: rows.length === 1 && first ? first.accommodationId : null,
      ip: meta.ip,
      details:
        rows.length === 1 && first
          ? { number: first.number, kind: first.kind, period: first.period, amountCents: first.amountCents, datedOn: first.datedOn }
          : { count: rows.length, numbers: rows.map((r) => r.number), amountCents: rows.reduce((sum, r) => sum + r.amountCents, 0) },
    });
    return rows.map((row) => assessmentView(row, companies.get(row.accommodationId) ?? '', []));
  });
}

/** One aanslag entered in the portal. */
export async function recordAssessment(deps: Deps, admin: TaxAdministrator, input: TaxAssessmentInput, meta: RequestMeta): Promise<TaxAssessment> {
  // Another municipality's accommodation is not there for this officer (a batch names the row instead).
  if (!(await accommodationsOfMunicipality(deps.db, admin.municipalityId, [input.accommodationId])).has(input.accommodationId)) throw notFound();
  return store(deps, admin, [input], 'portal', (_, field) => field, meta).then(([one]) => {
    if (!one) throw new Error('assessment not stored');
    return one;
  });
}

/** A batch from the tax system as JSON. */
export function importAssessments(deps: Deps, admin: TaxAdministrator, inputs: readonly TaxAssessmentInput[], meta: RequestMeta): Promise<TaxAssessment[]> {
  return store(deps, admin, inputs, 'import', (index, field) => `assessments.${index}.${field}`, meta);
}

/** The CSV's columns, in the tax system's words, and the input field each fills. */
export const ASSESSMENT_CSV_COLUMNS = {
  aanslagnummer: 'number',
  accommodatie_id: 'accommodationId',
  periode: 'period',
  soort: 'kind',
  bedrag: 'amountCents',
  dagtekening: 'datedOn',
} as const satisfies Record<string, keyof TaxAssessmentInput>;
type CsvColumn = keyof typeof ASSESSMENT_CSV_COLUMNS;
const CSV_COLUMN_OF = Object.fromEntries(Object.entries(ASSESSMENT_CSV_COLUMNS).map(([column, field]) => [field, column])) as Record<
  keyof TaxAssessmentInput,
  CsvColumn
>;

/** "1.234,50", "1234,5" or "1234.50" euros as cents; NaN when it is no amount. */
export function euroCents(text: string): number {
  const plain = text.trim().replace(/^€\s*/, '');
  // Dutch notation with thousands points ("1.234,50", "1.234"), or plain with either decimal mark.
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(plain)) return Math.round(Number(plain.replaceAll('.', '').replace(',', '.')) * 100);
  if (/^\d+([.,]\d{1,2})?$/.test(plain)) return Math.round(Number(plain.replace(',', '.')) * 100);
  return Number.NaN;
}

/** The CSV's records as inputs, or a 400 naming each wrong cell as `lines.<line>.<column>`. */
export function assessmentsFromCsv(csv: string): TaxAssessmentInput[] {
  let records: Record<string, string>[];
  try {
    const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    records = parse(csv, {
      bom: true,
      columns: (names: string[]) => names.map((n) => n.trim().toLowerCase()),
      delimiter: header.includes(';') ? ';' : ',',
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    // A line with more or fewer cells than the header (a decimal comma in a comma-separated file):
    // named by its line, as every other problem of the file is.
    const line = (error as { lines?: unknown }).lines;
    throw refuse(typeof line === 'number' ? { [`lines.${line}`]: problem('CSV_INVALID') } : { csv: problem('CSV_INVALID') });
  }
  const missing = Object.keys(ASSESSMENT_CSV_COLUMNS).filter((c) => records.length > 0 && !(c in (records[0] ?? {})));
  if (records.length === 0 || missing.length > 0) throw refuse({ csv: problem('CSV_INVALID') });
  if (records.length > 1000) throw refuse({ csv: problem('BATCH_TOO_LARGE') });
  const fields: FieldProblems = {};
  const inputs: TaxAssessmentInput[] = [];
  records.forEach((record, index) => {
    const line = index + 2;
    const parsed = taxAssessmentInputSchema.safeParse({
      number: record.aanslagnummer,
      accommodationId: record.accommodatie_id,
      period: record.periode,
      kind: record.soort?.toLowerCase(),
      amountCents: euroCents(record.bedrag ?? ''),
      datedOn: record.dagtekening,
    });
    if (parsed.success) {
      inputs.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof TaxAssessmentInput;
      const key = `lines.${line}.${CSV_COLUMN_OF[field] ?? String(field)}`;
      if (!fields[key]) fields[key] = fieldProblemOf(issue);
    }
  });
  if (Object.keys(fields).length > 0) throw refuse(fields);
  return inputs;
}

/** A batch from the tax system as CSV; problems of stored data are named by line and column too. */
export async function importAssessmentsCsv(deps: Deps, admin: TaxAdministrator, csv: string, meta: RequestMeta): Promise<TaxAssessment[]> {
  const inputs = assessmentsFromCsv(csv);
  return store(deps, admin, inputs, 'import', (index, field) => `lines.${index + 2}.${CSV_COLUMN_OF[field]}`, meta);
}
