// The language a guest's check-in page opens in: the one chosen with the language switch on this
// device before (that choice wins), else the first of the browser's preferred languages that the
// page speaks (navigator.languages, the list the browser also sends as Accept-Language), else Dutch.
import { useLayoutEffect } from 'react';
import i18n, { chosenLanguage, isGuestLanguage, type GuestLanguage } from '../../i18n/index.ts';

/** The first supported language of the browser's list, by its primary subtag ('de-AT' is German). */
export function browserGuestLanguage(preferred: readonly string[]): GuestLanguage {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (isGuestLanguage(primary)) return primary;
  }
  return 'nl';
}

/** Before the first paint, so a German guest never sees the page flash in Dutch. Not remembered: only a choice is. */
export function useGuestLanguage(): void {
  useLayoutEffect(() => {
    if (chosenLanguage()) return;
    const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
    const language = browserGuestLanguage(preferred);
    if (language !== i18n.resolvedLanguage) void i18n.changeLanguage(language);
  }, []);
}
