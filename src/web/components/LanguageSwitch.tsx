// Switches the interface between Dutch and English; each name is written (and marked up) in its
// own language so everyone recognises theirs.
import { useTranslation } from 'react-i18next';
import { LANGUAGES, changeLanguage, currentLanguage } from '../i18n/index.ts';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a named row of buttons outside any form, not form fields; a fieldset would only add form styling (same role and name)
    <div role="group" aria-label={t('language.switchLabel')} className="nr-language-switch">
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === active}
          className="nr-language-switch__button"
          onClick={() => void changeLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
