// Lets keyboard users jump past the header straight to the page's main content.
import { useTranslation } from 'react-i18next';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a href="#main" className="utrecht-skip-link utrecht-skip-link--visible-on-focus">
      {t('app.skipLink')}
    </a>
  );
}
