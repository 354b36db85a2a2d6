// The import's counts in words: "5 regels: 2 goed, 1 al in het register, 1 dubbel in het bestand,
// 1 met fouten." before importing, and after it one sentence per kind of skipped row, each with
// the plural its own number needs ("1 registratie stond", "2 registraties stonden").
import type { TFunction } from 'i18next';
import type { ImportOutcome } from '../../api/register-io.ts';

type Counts = ImportOutcome['counts'];

export function previewCountsText(t: TFunction, counts: Counts): string {
  const inRegister = counts.duplicate - counts.repeated;
  const parts = [
    t('registerIo.import.countParts.valid', { count: counts.valid }),
    t('registerIo.import.countParts.inRegister', { count: inRegister }),
    // Most files repeat nothing: the part appears only when one does.
    ...(counts.repeated > 0 ? [t('registerIo.import.countParts.repeated', { count: counts.repeated })] : []),
    t('registerIo.import.countParts.invalid', { count: counts.invalid }),
  ];
  return t('registerIo.import.counts', { count: counts.total, parts: parts.join(', ') });
}

/** What the import left out, a sentence per kind; none when it took every row. */
export function skippedTexts(t: TFunction, counts: Counts): string[] {
  const inRegister = counts.duplicate - counts.repeated;
  return [
    ...(inRegister > 0 ? [t('registerIo.import.doneInRegister', { count: inRegister })] : []),
    ...(counts.repeated > 0 ? [t('registerIo.import.doneRepeated', { count: counts.repeated })] : []),
    ...(counts.invalid > 0 ? [t('registerIo.import.doneInvalid', { count: counts.invalid })] : []),
  ];
}
