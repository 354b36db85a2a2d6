// i18n set-up: Dutch first, English as the alternative; German for the guest's self check-in page
// only (its texts and errors; anything else shows in English). The chosen language is remembered in
// localStorage and mirrored on <html lang> so assistive technology pronounces the page correctly.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl.ts';
import { en } from './en.ts';
import { de } from './sections/check-in.ts';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The languages a guest chooses from on the self check-in page. */
export const GUEST_LANGUAGES = ['nl', 'en', 'de'] as const;
export type GuestLanguage = (typeof GUEST_LANGUAGES)[number];

const STORAGE_KEY = 'nachtregister.language';
const DEFAULT_LANGUAGE: Language = 'nl';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function isGuestLanguage(value: unknown): value is GuestLanguage {
  return typeof value === 'string' && (GUEST_LANGUAGES as readonly string[]).includes(value);
}

/** The language the user chose with a language switch on this device, if they ever did. */
export function chosenLanguage(): GuestLanguage | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isGuestLanguage(value) ? value : null;
  } catch {
    // Storage can be blocked (private mode, strict settings): no choice remembered.
    return null;
  }
}

function storedLanguage(): GuestLanguage {
  return chosenLanguage() ?? DEFAULT_LANGUAGE;
}

/** The application's language; a guest's German shows the application in English (its fallback). */
export function currentLanguage(): Language {
  if (i18n.resolvedLanguage === 'de') return 'en';
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

export async function changeLanguage(language: GuestLanguage): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across visits, but the switch itself still works.
  }
  await i18n.changeLanguage(language);
}

/**
 * Translates the first key of `keys` that exists. For keys built at run time (error codes per
 * field), which the typed `t` cannot check; the last key should always exist.
 */
export function translateFirst(keys: readonly string[], options?: Record<string, unknown>): string {
  const untypedT = i18n.t.bind(i18n) as unknown as (k: string[], o?: Record<string, unknown>) => string;
  return untypedT([...keys], options);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en }, de: { translation: de } },
  lng: storedLanguage(),
  fallbackLng: { de: ['en'], default: [DEFAULT_LANGUAGE] },
  supportedLngs: [...GUEST_LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
document.documentElement.lang = currentLanguage();

export default i18n;
