// The frame of the guest's check-in page: no account and no way into the application, only the
// language choice, the page and a short footer. Narrow enough for a 360 px wide phone. It opens in
// the guest's browser language (see guest-language.ts).
import { Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { SkipLink } from '../../components/SkipLink.tsx';
import { useFocusHeadingOnNavigate } from '../../hooks/useFocusHeadingOnNavigate.ts';
import { GuestLanguageChoice } from './GuestLanguageChoice.tsx';
import { useGuestLanguage } from './guest-language.ts';
import './check-in.css';

export function CheckInLayout() {
  const { t } = useTranslation();
  useGuestLanguage();
  useFocusHeadingOnNavigate();
  return (
    <div className="nr-page nr-check-in">
      <SkipLink />
      <header className="utrecht-page-header nr-header">
        <div className="utrecht-page-header__content nr-header__content">
          <span className="nr-brand">{t('app.name')}</span>
          <GuestLanguageChoice />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="nr-public-main">
        <Outlet />
      </main>
      <footer className="utrecht-page-footer nr-footer">
        <div className="utrecht-page-footer__content nr-footer__content">
          <p className="utrecht-paragraph">{t('app.footer')}</p>
        </div>
      </footer>
    </div>
  );
}
