// The application shell after signing in: header with product name and user menu, the main
// menu on the left with the handbook at the bottom, and the current page.
import { NavLink, Outlet, Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Session } from '../api/types.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { SkipLink } from '../components/SkipLink.tsx';
import { cx } from '../components/classNames.ts';
import { useFocusHeadingOnNavigate } from '../hooks/useFocusHeadingOnNavigate.ts';
import { AccommodationSwitcher } from './AccommodationSwitcher.tsx';
import { MunicipalityBrand } from './MunicipalityBrand.tsx';
import { navigationFor } from './navigation.ts';
import { UserMenu } from './UserMenu.tsx';

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  cx('nr-nav__link', isActive && 'nr-nav__link--current');

export function AppShell({ session }: { session: Session }) {
  const { t } = useTranslation();
  useFocusHeadingOnNavigate();
  const context = session.accommodation?.companyName ?? session.municipality?.name;

  return (
    <div className="nr-shell">
      <SkipLink />
      <header className="utrecht-page-header nr-header nr-shell__header">
        <div className="nr-header__content nr-header__content--full">
          <div className="nr-header__identity">
            <MunicipalityBrand municipality={session.municipality} />
            <RouterLink to="/app" className="nr-brand">
              {t('app.name')}
            </RouterLink>
            {/* A name in any script: isolated from the brand beside it (right to left stays inside). */}
            {context && <bdi className="nr-header__context">{context}</bdi>}
          </div>
          <div className="nr-header__tools">
            <AccommodationSwitcher session={session} />
            <LanguageSwitch />
            <UserMenu user={session.user} />
          </div>
        </div>
      </header>
      <div className="nr-shell__body">
        <nav className="nr-nav" aria-label={t('shell.navLabel')}>
          <ul className="nr-nav__list">
            {navigationFor(session.user.role).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className={navLinkClass}>
                  {t(`shell.nav.${item.label}`)}
                </NavLink>
              </li>
            ))}
          </ul>
          <ul className="nr-nav__list nr-nav__list--bottom">
            <li>
              <NavLink to="/app/handleiding" className={navLinkClass}>
                {t('shell.handbook')}
              </NavLink>
            </li>
          </ul>
        </nav>
        <main id="main" tabIndex={-1} className="nr-shell__main">
          {/* A new accommodation chosen in the header: the page loads that one's data afresh. */}
          <Outlet key={session.accommodation?.id} context={session} />
        </main>
      </div>
    </div>
  );
}
