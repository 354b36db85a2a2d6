// Fixed colours for charts: each has at least 4.5:1 contrast against white (more than the 3:1
// WCAG 1.4.11 asks of graphics), and every accommodation type keeps its colour in every year and
// chart. Not from the municipality's theme colour, which may be light.
import { ACCOMMODATION_TYPES } from '../../../../shared/accommodation-types.ts';
import { STAY_PURPOSES, type StayPurpose } from '../../../../shared/schemas/register.ts';

const TYPE_COLOURS: readonly string[] = ['#1f4e79', '#b35900', '#8e24aa', '#00796b', '#2e7d32', '#c62828', '#ad1457', '#455a64', '#5d4037'];

export const CHART_COLOURS = {
  primary: '#1f4e79',
  previous: '#6b6b6b',
} as const;

/** One colour per stay purpose (decision 0014), from the same contrast-safe list. */
export function purposeColour(purpose: StayPurpose): string {
  return TYPE_COLOURS[STAY_PURPOSES.indexOf(purpose) % TYPE_COLOURS.length] ?? CHART_COLOURS.primary;
}

export function typeColour(type: string): string {
  const index = (ACCOMMODATION_TYPES as readonly string[]).indexOf(type);
  return TYPE_COLOURS[(index === -1 ? TYPE_COLOURS.length - 1 : index) % TYPE_COLOURS.length] ?? CHART_COLOURS.primary;
}
