// Dates and times as Dutch (or English) readers write them, always in the Netherlands' time zone:
// the register's days are Dutch days, wherever the browser happens to be.
import i18n from './index.ts';

function locale(): string {
  return i18n.language === 'en' ? 'en-GB' : 'nl-NL';
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
}

/** With seconds, for the audit log. */
export function formatDateTimeWithSeconds(iso: string): string {
  return new Date(iso).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Amsterdam' });
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(locale(), { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
}
