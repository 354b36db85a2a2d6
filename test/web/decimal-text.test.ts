// The tourist tax forms read euro amounts, percentages and counts as Dutch users type them: the
// rate form (unsigned amounts, percentages, whole numbers) and the owner's return (amounts plus or
// minus). These tests pin the notation they accept, that amounts of money are read strictly, and
// that nothing is ever rounded or guessed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimalText, parseDecimalText, type DecimalTextOptions } from '../../src/web/forms/decimal-text.ts';
import { liveNumbers } from '../../src/web/pages/tax-return/tax-return-form.ts';

function read(text: string, digits: number, options?: DecimalTextOptions): number | 'empty' | 'invalid' {
  const parsed = parseDecimalText(text, digits, options);
  return parsed.status === 'ok' ? parsed.value : parsed.status;
}

/** A plain number: a percentage or (with scale 0) a whole number, unsigned. */
const value = (text: string, digits = 2) => read(text, digits);
/** An amount of money on the rate form: unsigned cents. */
const money = (text: string) => read(text, 2, { money: true });
/** An amount of money on the return form: cents, plus or minus. */
const signedMoney = (text: string) => read(text, 2, { money: true, signed: true });

describe('parseDecimalText', () => {
  it('reads euro with a decimal comma into cents', () => {
    for (const parse of [value, money]) {
      expect(parse('3,95')).toBe(395);
      expect(parse('0,29')).toBe(29);
      expect(parse('3,5')).toBe(350);
      expect(parse('3')).toBe(300);
      expect(parse('0')).toBe(0);
    }
    // A plain number may start with its decimal comma; an amount of money may not (see below).
    expect(value(',5')).toBe(50);
  });

  it('accepts a euro sign, spaces and thousands separators', () => {
    for (const parse of [value, money]) {
      expect(parse('€ 3,95')).toBe(395);
      expect(parse('€\u00a01.250,00')).toBe(125_000);
      expect(parse(' 1 250,50 ')).toBe(125_050);
      expect(parse('1.000.000')).toBe(100_000_000);
    }
    // English notation only for plain numbers; for money it is refused (see below).
    expect(value('1,250.50')).toBe(125_050);
  });

  it('reads a decimal dot too', () => {
    for (const parse of [value, money]) {
      expect(parse('3.95')).toBe(395);
      expect(parse('12.5')).toBe(1250);
    }
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
    for (const parse of [value, money, signedMoney]) {
      expect(parse('')).toBe('empty');
      expect(parse('  ')).toBe('empty');
      expect(parse('   ')).toBe('empty');
    }
    expect(value('€')).toBe('empty');
  });

  it('refuses what is not a plain non-negative number', () => {
    for (const text of ['abc', '-3,95', '3,9,5', '3,', '1.25,0', '3e2', '+3', '12,5,0', '1..5']) {
      expect(value(text), text).toBe('invalid');
      expect(money(text), text).toBe('invalid');
    }
  });

  it('refuses more decimals than the scale instead of rounding', () => {
    for (const parse of [value, money]) {
      expect(parse('3,955')).toBe('invalid');
      expect(parse('1,250')).toBe('invalid');
    }
  });

  it('refuses numbers beyond exact integers', () => {
    expect(value('99999999999999999999')).toBe('invalid');
    expect(signedMoney('99999999999999999999')).toBe('invalid');
  });
});

describe('parseDecimalText for amounts of money', () => {
  it.each([
    ['12,50', 1250],
    ['-3,00', -300],
    ['−3,00', -300],
    ['+3', 300],
    ['0', 0],
    ['7', 700],
    ['7,5', 750],
    ['1.234,56', 123456],
    ['1.234.567', 123456700],
    ['12.50', 1250],
    ['12.5', 1250],
    ['€ 12,50', 1250],
    ['€12,50', 1250],
    ['-€ 3,00', -300],
    ['€ -3,00', -300],
    [' 4 ', 400],
    ['-0,00', 0],
  ])('reads %j as %d cents', (text, cents) => {
    expect(signedMoney(text)).toBe(cents);
  });

  it.each(['abc', '12,505', '1,2,3', '12.500,5.', '1.23.456', '--3', '-€-3', '3-', '12,', ',50', '€', '-', '1e3', '12 50x'])('refuses %j', (text) => {
    expect(signedMoney(text)).toBe('invalid');
  });

  // Where the two forms' readers used to differ, an amount of money takes the stricter reading:
  // an amount that could be meant another way is refused rather than guessed.
  it.each([
    [',5', 'no digits before the decimal comma'],
    ['.5', 'no digits before the decimal dot'],
    ['1,250.50', 'English notation'],
    ['1.250', 'a thousand, or one and a quarter?'],
    ['12.345', 'a lone dot before three digits'],
    ['3,95 €', 'the euro sign after the number'],
    ['€ € 3', 'two euro signs'],
    ['12,5 %', 'a percent sign'],
    ['€', 'a euro sign without an amount'],
  ])('refuses %j (%s)', (text) => {
    expect(money(text)).toBe('invalid');
    expect(signedMoney(text)).toBe('invalid');
  });

  it('refuses a sign where the amount cannot be negative', () => {
    expect(money('-3')).toBe('invalid');
    expect(money('+3')).toBe('invalid');
  });

  it('reads blank as 0 on the return form, and a wrong amount as not yet known', () => {
    expect(liveNumbers({ correctionCents: '', platformDeductionCents: '   ' })).toMatchObject({ correction: 0, deduction: 0 });
    expect(liveNumbers({ correctionCents: '-€ 3,00', platformDeductionCents: '12,' })).toMatchObject({ correction: -300, deduction: null });
  });

  it('reads back what formatDecimalText writes, trimmed or with every decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), fc.boolean(), (cents, fixed) => {
        expect(signedMoney(formatDecimalText(cents, 2, { fixed }))).toBe(cents);
      }),
    );
  });
});

describe('formatDecimalText', () => {
  it('writes the Dutch notation back', () => {
    expect(formatDecimalText(395, 2)).toBe('3,95');
    expect(formatDecimalText(1250, 2)).toBe('12,5');
    expect(formatDecimalText(300, 2)).toBe('3');
    expect(formatDecimalText(5, 2)).toBe('0,05');
    expect(formatDecimalText(21, 0)).toBe('21');
    expect(formatDecimalText(-5, 2)).toBe('-0,05');
  });

  it('writes a decimal comma and two decimals for an amount as typed', () => {
    expect(formatDecimalText(1250, 2, { fixed: true })).toBe('12,50');
    expect(formatDecimalText(-300, 2, { fixed: true })).toBe('-3,00');
    expect(formatDecimalText(5, 2, { fixed: true })).toBe('0,05');
    expect(formatDecimalText(0, 2, { fixed: true })).toBe('0,00');
  });

  it('round-trips with parseDecimalText', () => {
    for (const n of [0, 1, 29, 395, 1250, 10_000, 123_456]) {
      expect(value(formatDecimalText(n, 2))).toBe(n);
      expect(money(formatDecimalText(n, 2))).toBe(n);
    }
  });
});
