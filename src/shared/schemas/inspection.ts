// Request bodies of inspection ("Inzage register") and of the reports an accommodation makes to
// its municipality ("Meldingen"); shared by the API and the web forms. Every look-up carries a
// reason: it goes into the audit log, so it travels in a POST body, never in a URL.
import { z } from 'zod';
import { day } from './register.ts';
import * as f from './fields.ts';

/** Why the register is looked into; may name people, so it is kept only in the audit log. */
export const inspectionReason = f.multiLine(z.string({ error: 'REASON_REQUIRED' }).trim().min(1, 'REASON_REQUIRED').max(1000, f.tooLong(1000)));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An accommodation chosen from the list; '' in a select means none was chosen. */
const chosenAccommodation = z
  .string({ error: 'REQUIRED' })
  .trim()
  .min(1, 'REQUIRED')
  .refine((v) => UUID.test(v), 'INVALID_TYPE');

/** A whole number typed into a form or sent as JSON. */
const count = (min: number, max: number, fallback: number) =>
  z.coerce.number({ error: 'INVALID_TYPE' }).int('INVALID_TYPE').min(min, 'INVALID_TYPE').max(max, 'INVALID_TYPE').default(fallback);

/** "Wie verbleef er in nacht…": one accommodation, or every one of the municipality when empty. */
export const nightLookupSchema = z.object({
  night: day,
  accommodationId: chosenAccommodation
    .nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null)),
  reason: inspectionReason,
});

/** "Aanwezigen nu" of one accommodation, for emergency services. */
export const presentLookupSchema = z.object({ accommodationId: chosenAccommodation, reason: inspectionReason });

export const LONG_STAY_NIGHTS = 90;
export const SILENT_DAYS = 30;

/** "Lange verblijven": stays of at least this many nights, present now or still to end. */
export const longStaysLookupSchema = z.object({ minNights: count(1, 3 * 366, LONG_STAY_NIGHTS), reason: inspectionReason });

/** "Accommodaties zonder registraties": no arrival registered in this many days. */
export const silentLookupSchema = z.object({ days: count(1, 366, SILENT_DAYS), reason: inspectionReason });

/** "Register controleren": the hash chain and the numbering of one accommodation's register. */
export const integrityCheckSchema = z.object({ reason: inspectionReason });

export const inspectableAccommodationsQuerySchema = z.object({
  q: f.searchText(200),
});

export const REPORT_KINDS = ['start', 'takeover', 'move', 'closure'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** "Meldingen aan de gemeente": start, takeover, move or closure, from a date, with details. */
export const accommodationReportSchema = z.object({
  kind: z.enum(REPORT_KINDS, { error: 'REPORT_KIND_INVALID' }),
  effectiveDate: day,
  details: f
    .multiLine(z.string({ error: 'INVALID_TYPE' }).trim().max(2000, f.tooLong(2000)))
    .optional()
    .transform((v) => v ?? ''),
});
export type AccommodationReportInput = z.output<typeof accommodationReportSchema>;

export const reportListQuerySchema = z.object({
  page: z.coerce.number({ error: 'INVALID_TYPE' }).int('INVALID_TYPE').min(1, 'INVALID_TYPE').max(100_000, 'INVALID_TYPE').default(1),
});
