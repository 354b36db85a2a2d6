// A calendar day of the stay ('YYYY-MM-DD') written out in the guest's language.
const LOCALES: Readonly<Record<string, string>> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE' };

export function guestDay(day: string, language: string | undefined): string {
  const locale = LOCALES[language ?? 'nl'] ?? 'nl-NL';
  // Midday UTC on that day: the same calendar day in every time zone the formatter might use.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}
