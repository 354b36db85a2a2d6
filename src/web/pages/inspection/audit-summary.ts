// How an inspection look-up or an accommodation's report reads in "Logboek", under the kind of
// event: which look-up (the night, the threshold), whether it went across the municipality, and
// how many stays it showed — so an owner sees that their register was inspected, what was asked,
// when and how many of their stays were shown, without what was found elsewhere (the server
// leaves out who looked and why).
import { REPORT_KINDS, type ReportKind } from '../../../shared/schemas/inspection.ts';
import i18n from '../../i18n/index.ts';
import { formatDate } from '../../i18n/format-date.ts';

type Details = Record<string, unknown>;

function text(details: Details, key: string): string {
  const value = details[key];
  return typeof value === 'string' ? value : '';
}

function count(details: Details, key: string): number {
  const value = details[key];
  return typeof value === 'number' ? value : 0;
}

function isReportKind(value: unknown): value is ReportKind {
  return typeof value === 'string' && (REPORT_KINDS as readonly string[]).includes(value);
}

function inspectionSummary(details: Details): string | null {
  const shown = i18n.t('inspection.audit.shown', { count: count(details, 'results') });
  const results = details.scope === 'municipality' ? `${shown}, ${i18n.t('inspection.audit.acrossMunicipality')}` : shown;
  switch (details.kind) {
    case 'night':
      return `${i18n.t('inspection.audit.night', { date: formatDate(text(details, 'night')) })} (${results})`;
    case 'present':
      return `${i18n.t('inspection.audit.present', { date: formatDate(text(details, 'day')) })} (${results})`;
    case 'long_stays':
      return `${i18n.t('inspection.audit.long_stays', { count: count(details, 'minNights') })} (${results})`;
    case 'silent':
      return i18n.t('inspection.audit.silent', { count: count(details, 'days') });
    case 'monthly_copy':
      return i18n.t('inspection.audit.monthly_copy', { month: text(details, 'month') });
    case 'integrity':
      return `${i18n.t('inspection.audit.integrity')}: ${details.intact ? i18n.t('inspection.audit.intact') : i18n.t('inspection.audit.notIntact')}`;
    default:
      return null;
  }
}

export function auditEventSummary(event: { action: string; details: Details }): string | null {
  if (event.action === 'register.inspected') return inspectionSummary(event.details);
  if (event.action === 'accommodation.reported' && isReportKind(event.details.kind)) {
    return i18n.t('inspection.audit.reported', { kind: i18n.t(`reports.kinds.${event.details.kind}`), date: formatDate(text(event.details, 'effectiveDate')) });
  }
  return null;
}
