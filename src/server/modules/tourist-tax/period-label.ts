// A return period as Dutch readers write it: "2026", "2e kwartaal 2026", "april 2026".
import { parsePeriod } from './periods.ts';

export function periodLabel(key: string): string {
  const period = parsePeriod(key);
  const year = key.slice(0, 4);
  if (period.kind === 'year') return year;
  if (period.kind === 'quarter') return `${key.slice(6)}e kwartaal ${year}`;
  return new Date(`${period.from}T12:00:00Z`).toLocaleDateString('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
