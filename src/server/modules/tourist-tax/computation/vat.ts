// The VAT (btw) in a lodging price, by night: a percentage tourist tax is levied on the price
// excluding VAT (e.g. Amsterdam, Verordening toeristenbelasting 2024, art. 5: "12,5% van de
// rekenprijs exclusief omzetbelasting"), so the base of a night is its part of the price divided
// by 1 + the VAT rate of that night (docs/decisions/0010-tax-base-and-sources.md).
//
// Wet op de omzetbelasting 1968, tabel I: logies at the reduced rate (6 %, 9 % from 2019-01-01);
// Belastingplan 2025 moves logies to the general rate of 21 % from 2026-01-01, and keeps the
// letting of camping pitches ("gelegenheid tot kamperen") at 9 %.

/** What a stay rents, as far as VAT is concerned. */
export type VatKind = 'lodging' | 'camping_pitch';

export interface VatPeriod {
  /** First day the rate applies (inclusive). */
  from: string;
  basisPoints: number;
}

/** Per kind, the rates in order of their first day; the first applies to every day before the second. */
export const VAT_RATES: Record<VatKind, readonly VatPeriod[]> = {
  lodging: [
    { from: '1986-01-01', basisPoints: 600 },
    { from: '2019-01-01', basisPoints: 900 },
    { from: '2026-01-01', basisPoints: 2_100 },
  ],
  camping_pitch: [
    { from: '1986-01-01', basisPoints: 600 },
    { from: '2019-01-01', basisPoints: 900 },
  ],
};

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/**
 * The least common multiple of every 10 000 + rate: an amount incl. VAT times
 * VAT_DENOMINATOR / (10 000 + rate) is its amount excl. VAT times VAT_DENOMINATOR / 10 000,
 * exactly, in integers (the computation and the SQL both sum in these units).
 */
export const VAT_DENOMINATOR: bigint = Object.values(VAT_RATES)
  .flat()
  .map((p) => BigInt(10_000 + p.basisPoints))
  .reduce((l, d) => (l * d) / gcd(l, d), 1n);

/** VAT_DENOMINATOR / (10 000 + rate): the weight of one cent incl. VAT at that rate. */
export function vatWeight(basisPoints: number): bigint {
  return VAT_DENOMINATOR / BigInt(10_000 + basisPoints);
}

/** The VAT periods of a kind cut to [from, to): pieces with their rate, in order. */
export function vatPieces(kind: VatKind, from: string, to: string): Array<{ from: string; to: string; basisPoints: number }> {
  const rates = VAT_RATES[kind];
  const pieces: Array<{ from: string; to: string; basisPoints: number }> = [];
  rates.forEach((rate, i) => {
    const next = rates[i + 1]?.from;
    const s = i === 0 || rate.from < from ? from : rate.from;
    const e = next === undefined || next > to ? to : next;
    if (s < e) pieces.push({ from: s, to: e, basisPoints: rate.basisPoints });
  });
  return pieces;
}

/** The rows of the VAT table as the SQL of the municipality's totals takes them (unnest of arrays). */
export function vatTableRows(): { kind: string[]; from: string[]; to: string[]; weight: string[] } {
  const rows = { kind: [] as string[], from: [] as string[], to: [] as string[], weight: [] as string[] };
  for (const [kind, rates] of Object.entries(VAT_RATES)) {
    rates.forEach((rate, i) => {
      rows.kind.push(kind);
      rows.from.push(i === 0 ? '0001-01-01' : rate.from);
      rows.to.push(rates[i + 1]?.from ?? '9999-12-31');
      rows.weight.push(vatWeight(rate.basisPoints).toString());
    });
  }
  return rows;
}
