// The value axis of a bar chart: a round top and four or five evenly spaced round ticks
// (0, 250, 500…), so a reader can estimate a bar without the table.

export interface Scale {
  top: number;
  ticks: number[];
}

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ step that covers `max` in at most `count` steps. */
export function niceScale(max: number, count = 5): Scale {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((candidate) => candidate * count >= max) ?? 10 * power;
  const top = Number((Math.ceil(max / step - 1e-9) * step).toPrecision(12));
  const ticks: number[] = [];
  // Rounded, so 0.1 steps do not print as 0.30000000000000004.
  for (let i = 0; i * step <= top + step / 1e6; i += 1) ticks.push(Number((i * step).toPrecision(12)));
  return { top, ticks };
}
