// The tourist tax rate form reads euro amounts and percentages as Dutch users type them; these
// tests pin the notation it accepts and that it never rounds a legal amount.
import { describe, expect, it } from 'vitest';
import { formatDecimalText, parseDecimalText } from '../../src/web/pages/tourist-tax-municipality/decimal-text.ts';

const value = (text: string, digits = 2) => {
  const parsed = parseDecimalText(text, digits);
  return parsed.status === 'ok' ? parsed.value : parsed.status;
};

describe('parseDecimalText', () => {
  it('reads euro with a decimal comma into cents', () => {
    expect(value('3,95')).toBe(395);
    expect(value('0,29')).toBe(29);
    expect(value('3,5')).toBe(350);
    expect(value('3')).toBe(300);
    expect(value('0')).toBe(0);
    expect(value(',5')).toBe(50);
  });

  it('accepts a euro sign, spaces and thousands separators', () => {
    expect(value('€ 3,95')).toBe(395);
    expect(value('€\u00a01.250,00')).toBe(125_000);
    expect(value(' 1 250,50 ')).toBe(125_050);
    expect(value('1.000.000')).toBe(100_000_000);
    expect(value('1,250.50')).toBe(125_050);
  });

  it('reads a decimal dot too', () => {
    expect(value('3.95')).toBe(395);
    expect(value('12.5')).toBe(1250);
  });

  it('reads a percentage into basis points', () => {
    expect(value('12,5')).toBe(1250);
    expect(value('12,5 %')).toBe(1250);
    expect(value('6%')).toBe(600);
    expect(value('100')).toBe(10_000);
  });

  it('reads whole numbers with scale 0', () => {
    expect(value('21', 0)).toBe(21);
    expect(value('007', 0)).toBe(7);
    expect(value('2,5', 0)).toBe('invalid');
  });

  it('tells an empty field from a wrong one', () => {
    expect(value('')).toBe('empty');
    expect(value('  ')).toBe('empty');
    expect(value('€')).toBe('empty');
  });

  it('refuses what is not a plain non-negative number', () => {
    for (const text of ['abc', '-3,95', '3,9,5', '3,', '1.25,0', '3e2', '+3', '12,5,0', '1..5']) {
      expect(value(text), text).toBe('invalid');
    }
  });

  it('refuses more decimals than the scale instead of rounding', () => {
    expect(value('3,955')).toBe('invalid');
    expect(value('1,250')).toBe('invalid');
  });

  it('refuses numbers beyond exact integers', () => {
    expect(value('99999999999999999999')).toBe('invalid');
  });
});

describe('formatDecimalText', () => {
  it('writes the Dutch notation back', () => {
    expect(formatDecimalText(395, 2)).toBe('3,95');
    expect(formatDecimalText(1250, 2)).toBe('12,5');
    expect(formatDecimalText(300, 2)).toBe('3');
    expect(formatDecimalText(5, 2)).toBe('0,05');
    expect(formatDecimalText(21, 0)).toBe('21');
  });

  it('round-trips with parseDecimalText', () => {
    for (const n of [0, 1, 29, 395, 1250, 10_000, 123_456]) {
      expect(value(formatDecimalText(n, 2))).toBe(n);
    }
  });
});
