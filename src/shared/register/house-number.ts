// A house number as people write it: "12", "12 A", "12-2", "12bis". The postcode table needs only
// the number (decision 0016); the addition is dropped.

/** The number of a typed house number, or the text itself when it is none (the schema refuses it). */
export function houseNumberOf(typed: string): number | string | null {
  const text = typed.trim();
  if (!text) return null;
  const number = /^(\d{1,5})(?:\s*[-/]?\s*[A-Za-z0-9]{1,4})?$/.exec(text)?.[1];
  return number ? Number(number) : text;
}
