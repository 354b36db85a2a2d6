// The name of a return period in the reader's language, on both tax pages: "2026", "1e kwartaal
// 2026", "maart 2026".
import { useTranslation } from 'react-i18next';
import { readerLocale } from './figures.ts';
import { parsePeriod } from './period.ts';

export function monthName(month: number, language: string, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(readerLocale(language), { month: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

export function usePeriodLabel(): (key: string) => string {
  const { t, i18n } = useTranslation();
  return (key) => {
    const parts = parsePeriod(key);
    if (!parts || parts.part === '') return key;
    if (parts.part.startsWith('Q')) return t('taxReturn.period.quarter', { quarter: parts.part.slice(1), year: parts.year });
    return `${monthName(Number(parts.part), i18n.language)} ${parts.year}`;
  };
}
