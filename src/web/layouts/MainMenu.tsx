// The application's main menu. On a wide screen it is a column beside the page, always in view; on
// a phone it is folded away behind a "Menu" button in the header (the NL Design System's disclosure:
// a button with aria-expanded and aria-controls), so a page starts with its own content instead of
// nine menu items. Choosing a page or pressing Escape folds it away again.
import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import type { Role } from '../api/types.ts';
import { cx } from '../components/classNames.ts';
import { navigationFor } from './navigation.ts';

const MENU_ID = 'main-menu';

const navLinkClass = ({ isActive }: { isActive: boolean }) => cx('nr-nav__link', isActive && 'nr-nav__link--current');

export interface MainMenuState {
  open: boolean;
  toggle: () => void;
  close: () => void;
  buttonRef: RefObject<HTMLButtonElement | null>;
}

/** Open on the page where it was opened: going to another page folds it away without an effect. */
export function useMainMenu(): MainMenuState {
  const { pathname } = useLocation();
  const [openAt, setOpenAt] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const open = openAt === pathname;
  return {
    open,
    toggle: () => setOpenAt(open ? null : pathname),
    close: () => setOpenAt(null),
    buttonRef,
  };
}

/** Escape folds the menu away and puts the focus back on the button, from the button or the menu. */
function closeOnEscape(menu: MainMenuState) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.close();
    menu.buttonRef.current?.focus();
  };
}

export function MainMenuButton({ menu }: { menu: MainMenuState }) {
  const { t } = useTranslation();
  return (
    <button
      ref={menu.buttonRef}
      type="button"
      className="nr-menu-button"
      aria-expanded={menu.open}
      aria-controls={MENU_ID}
      onClick={menu.toggle}
      onKeyDown={closeOnEscape(menu)}
    >
      <span className="nr-menu-button__icon" aria-hidden="true" />
      {t('shell.menuButton')}
    </button>
  );
}

export function MainMenu({ role, menu }: { role: Role; menu: MainMenuState }) {
  const { t } = useTranslation();
  return (
    <nav id={MENU_ID} className={cx('nr-nav', !menu.open && 'nr-nav--folded')} aria-label={t('shell.navLabel')} onKeyDown={closeOnEscape(menu)}>
      <ul className="nr-nav__list">
        {navigationFor(role).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className={navLinkClass} onClick={menu.close}>
              {t(`shell.nav.${item.label}`)}
            </NavLink>
          </li>
        ))}
      </ul>
      <ul className="nr-nav__list nr-nav__list--bottom">
        <li>
          <NavLink to="/app/handleiding" className={navLinkClass} onClick={menu.close}>
            {t('shell.handbook')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
