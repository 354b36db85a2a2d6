// The tourist tax statistics' value axis: round tops and ticks that cover the data.
import { describe, expect, it } from 'vitest';
import { niceScale } from '../../src/web/pages/tourist-tax-municipality/charts/scale.ts';

describe('niceScale', () => {
  it('rounds the top up to a round step', () => {
    expect(niceScale(1234)).toEqual({ top: 1250, ticks: [0, 250, 500, 750, 1000, 1250] });
    expect(niceScale(100)).toEqual({ top: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(niceScale(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
  });

  it('covers the maximum in every case', () => {
    for (const max of [0.3, 1, 3, 9, 11, 99, 101, 4999, 5001, 123_456]) {
      const { top, ticks } = niceScale(max);
      expect(top).toBeGreaterThanOrEqual(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBe(top);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });

  it('gives an axis for an empty chart', () => {
    expect(niceScale(0)).toEqual({ top: 1, ticks: [0, 1] });
  });
});
