// The tax return's euro fields: what an owner types in Dutch notation becomes exact cents, and
// anything that is not an amount is refused rather than guessed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToEuroInput, parseEuroCents } from '../../src/web/pages/tax-return/euro-amount.ts';

describe('parseEuroCents', () => {
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
    ['', 0],
    ['   ', 0],
    ['-0,00', 0],
  ])('reads %j as %d cents', (text, cents) => {
    expect(parseEuroCents(text)).toBe(cents);
  });

  it.each(['abc', '12,505', '1,2,3', '12.500,5.', '1.23.456', '--3', '-€-3', '3-', '12,', ',50', '€', '-', '1e3', '12 50x'])(
    'refuses %j',
    (text) => {
      expect(parseEuroCents(text)).toBeNull();
    },
  );

  it('reads back what centsToEuroInput writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), (cents) => {
        expect(parseEuroCents(centsToEuroInput(cents))).toBe(cents);
      }),
    );
  });
});

describe('centsToEuroInput', () => {
  it('writes a decimal comma and two decimals', () => {
    expect(centsToEuroInput(1250)).toBe('12,50');
    expect(centsToEuroInput(-300)).toBe('-3,00');
    expect(centsToEuroInput(5)).toBe('0,05');
    expect(centsToEuroInput(0)).toBe('0,00');
  });
});
