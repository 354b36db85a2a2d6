// The application shell after signing in: header with product name and user menu, the main
// menu on the left with the handbook at the bottom (behind "Menu" on a phone), and the current page.
import { Outlet, Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Session } from '../api/types.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { SkipLink } from '../components/SkipLink.tsx';
import { useFocusHeadingOnNavigate } from '../hooks/useFocusHeadingOnNavigate.ts';
import { AccommodationSwitcher } from './AccommodationSwitcher.tsx';
import { MunicipalityBrand } from './MunicipalityBrand.tsx';
import { MainMenu, MainMenuButton, useMainMenu } from './MainMenu.tsx';
import { UserMenu } from './UserMenu.tsx';

export function AppShell({ session }: { session: Session }) {
  const { t } = useTranslation();
  useFocusHeadingOnNavigate();
  const menu = useMainMenu();
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
            <MainMenuButton menu={menu} />
            <AccommodationSwitcher session={session} />
            <LanguageSwitch />
            <UserMenu user={session.user} />
          </div>
        </div>
      </header>
      <div className="nr-shell__body">
        <MainMenu role={session.user.role} menu={menu} />
        <main id="main" tabIndex={-1} className="nr-shell__main">
          {/* A new accommodation chosen in the header: the page loads that one's data afresh. */}
          <Outlet key={session.accommodation?.id} context={session} />
        </main>
      </div>
    </div>
  );
}
