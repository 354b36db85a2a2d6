// Colour arithmetic for a municipality's own main colour: WCAG relative luminance and contrast,
// the text colour that reads best on it, and a shade dark enough to serve as text on white.
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export const WHITE: Rgb = { r: 255, g: 255, b: 255 };
/** The theme's own text colour, hsl(0 0% 10%). */
export const DARK_TEXT: Rgb = { r: 26, g: 26, b: 26 };
/**
 * The info alert's background, hsl(211 60% 90%): the darkest of the light surfaces (page, menu,
 * alerts) that links and other primary-coloured text sit on.
 */
export const DARKEST_LIGHT_SURFACE: Rgb = { r: 214, g: 229, b: 245 };
/** WCAG 2.1 AA for normal text, with a little room for rounding in browsers. */
export const AA_TEXT = 4.6;

export function parseHex(value: string | null | undefined): Rgb | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value?.trim() ?? '');
  if (!match) return null;
  const [, r = '0', g = '0', b = '0'] = match;
  return { r: parseInt(r, 16), g: parseInt(g, 16), b: parseInt(b, 16) };
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance({ r, g, b }: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** Moves a colour towards another by `amount` (0–1). */
export function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return {
    r: from.r + (to.r - from.r) * amount,
    g: from.g + (to.g - from.g) * amount,
    b: from.b + (to.b - from.b) * amount,
  };
}

/** White or dark text, whichever contrasts more with the background. */
export function readableTextOn(background: Rgb): Rgb {
  return contrast(WHITE, background) >= contrast(DARK_TEXT, background) ? WHITE : DARK_TEXT;
}

/** The colour itself when it reads well as text on every light surface, else the nearest darker shade that does. */
export function textSafeShade(colour: Rgb): Rgb {
  let shade = colour;
  for (let step = 1; contrast(shade, DARKEST_LIGHT_SURFACE) < AA_TEXT && step <= 20; step++) {
    shade = mix(colour, { r: 0, g: 0, b: 0 }, step * 0.05);
  }
  return shade;
}

/** A hover or focus shade that keeps (and increases) the contrast with the text on it. */
export function awayFrom(background: Rgb, text: Rgb): Rgb {
  return mix(background, luminance(text) > luminance(background) ? { r: 0, g: 0, b: 0 } : WHITE, 0.2);
}
