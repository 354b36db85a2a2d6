// Text for PDFs drawn with the standard fonts (the poster, tax returns).
import type { PDFFont } from 'pdf-lib';

/** Letters that have no accent to drop but a plain look-alike. */
const LOOK_ALIKES: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŧ: 'T', ŧ: 't' };

/**
 * The standard PDF fonts only know the Windows-1252 characters: other letters lose their accents
 * (or become their look-alike, or '?'), and emoji are left out, instead of failing the poster.
 */
export function printable(text: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet());
  const isKnown = (value: string) => value !== '' && [...value].every((c) => known.has(c.codePointAt(0) ?? 0));
  return [...text]
    .map((char) => {
      if (isKnown(char)) return char;
      const plain = LOOK_ALIKES[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '');
      if (isKnown(plain)) return plain;
      return /\p{Extended_Pictographic}|\p{M}/u.test(char) ? '' : '?';
    })
    .join('')
    .trim();
}
