// The frame of every page outside the application: sign-in journeys, handbook, dev outbox.
import { Outlet, Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { SkipLink } from '../components/SkipLink.tsx';
import { Link } from '../components/Link.tsx';
import { useFocusHeadingOnNavigate } from '../hooks/useFocusHeadingOnNavigate.ts';

export function PublicLayout({ wide = false }: { wide?: boolean }) {
  const { t } = useTranslation();
  useFocusHeadingOnNavigate();
  return (
    <div className="nr-page">
      <SkipLink />
      <header className="utrecht-page-header nr-header">
        <div className="utrecht-page-header__content nr-header__content">
          <RouterLink to="/" className="nr-brand">
            {t('app.name')}
          </RouterLink>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className={wide ? 'nr-public-main nr-public-main--wide' : 'nr-public-main'}>
        <Outlet />
      </main>
      <footer className="utrecht-page-footer nr-footer">
        <div className="utrecht-page-footer__content nr-footer__content">
          <p className="utrecht-paragraph">{t('app.footer')}</p>
          <p className="utrecht-paragraph">
            {t('app.footerHelp')} <Link to="/handleiding">{t('common.handbook')}</Link>
          </p>
        </div>
      </footer>
    </div>
  );
}
