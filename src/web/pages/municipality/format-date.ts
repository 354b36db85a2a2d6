// Dates and times as Dutch (or English) readers write them, in the Netherlands' time zone.
import i18n from '../../i18n/index.ts';

function locale(): string {
  return i18n.language === 'en' ? 'en-GB' : 'nl-NL';
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(locale(), { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
}
