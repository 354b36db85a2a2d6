// A municipality's own main colour on the design tokens, for its staff and the entrepreneurs in
// it while they are signed in. Set on <html> (where tokens.css declares the tokens), so the
// NL Design System components follow; removed again when the shell goes (sign-out, other user).
// Every pair keeps WCAG AA contrast: the colour is darkened where it is text on a light surface,
// and buttons in the colour itself get white or dark text, whichever reads best.
import { useEffect } from 'react';
import { awayFrom, parseHex, readableTextOn, textSafeShade, toHex, mix, type Rgb } from './colour-contrast.ts';

/** What the theme needs of the session's municipality. */
export interface MunicipalityTheme {
  name: string;
  themeColor?: string | null;
  logoUrl?: string | null;
}

/** Marks <html> while a municipality's colour is applied (the header's brand band uses it). */
export const THEMED_ATTRIBUTE = 'data-municipality-theme';

export function themeTokens(colour: Rgb): Record<string, string> {
  const text = textSafeShade(colour);
  const onColour = readableTextOn(colour);
  const pressed = awayFrom(colour, onColour);
  return {
    '--nachtregister-color-brand': toHex(colour),
    '--nachtregister-color-primary': toHex(text),
    '--nachtregister-color-primary-hover': toHex(mix(text, { r: 0, g: 0, b: 0 }, 0.25)),
    '--nachtregister-color-primary-contrast': toHex(readableTextOn(text)),
    '--utrecht-button-primary-action-background-color': toHex(colour),
    '--utrecht-button-primary-action-color': toHex(onColour),
    '--utrecht-button-primary-action-hover-background-color': toHex(pressed),
    '--utrecht-button-primary-action-hover-color': toHex(onColour),
    '--utrecht-button-primary-action-focus-background-color': toHex(pressed),
    '--utrecht-button-primary-action-focus-color': toHex(onColour),
    '--utrecht-button-primary-action-focus-border-color': toHex(pressed),
    '--utrecht-button-primary-action-active-background-color': toHex(pressed),
    '--utrecht-button-primary-action-active-border-color': toHex(pressed),
    '--utrecht-button-primary-action-active-color': toHex(onColour),
  };
}

export function useMunicipalityTheme(municipality: MunicipalityTheme | null | undefined): void {
  const colour = municipality?.themeColor ?? null;
  useEffect(() => {
    const rgb = parseHex(colour);
    if (!rgb) return undefined;
    const root = document.documentElement;
    const tokens = themeTokens(rgb);
    for (const [name, value] of Object.entries(tokens)) root.style.setProperty(name, value);
    root.setAttribute(THEMED_ATTRIBUTE, '');
    return () => {
      for (const name of Object.keys(tokens)) root.style.removeProperty(name);
      root.removeAttribute(THEMED_ATTRIBUTE);
    };
  }, [colour]);
}
