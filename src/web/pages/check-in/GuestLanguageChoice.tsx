// "Nederlands / English / Deutsch": the guest picks the language of the check-in page. Each name
// is written (and marked up) in its own language so every guest recognises theirs.
import { useTranslation } from 'react-i18next';
import { GUEST_LANGUAGES, changeLanguage, type GuestLanguage } from '../../i18n/index.ts';

const NAMES: Record<GuestLanguage, string> = { nl: 'Nederlands', en: 'English', de: 'Deutsch' };

export function GuestLanguageChoice() {
  const { t, i18n } = useTranslation();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a named row of buttons outside any form, not form fields; a fieldset would only add form styling (same role and name)
    <div role="group" aria-label={t('checkIn.guest.languages')} className="nr-language-switch">
      {GUEST_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === i18n.resolvedLanguage}
          className="nr-language-switch__button"
          onClick={() => void changeLanguage(language)}
        >
          {NAMES[language]}
        </button>
      ))}
    </div>
  );
}
