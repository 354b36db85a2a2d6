// The user menu in the application header: a disclosure button with the user's name that opens
// a small menu (for now: sign out). Escape and a click or focus elsewhere close it.
import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { SessionUser } from '../api/types.ts';
import { useSession } from '../session/SessionContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

/** Roles that look after other people's accounts (see the server's organisations/users/reach.ts). */
const LOOKS_AFTER_USERS: readonly SessionUser['role'][] = ['owner', 'municipality', 'admin'];

export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  const closeWhenFocusLeaves = (event: FocusEvent<HTMLDivElement>) => {
    if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };

  const handleSignOut = async () => {
    setBusy(true);
    setError(null);
    try {
      // The session guard then takes the user to the sign-in page with the "signed out" notice.
      await signOut();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: not a control; the blur bubbles up from the menu's own button and items, to close it when focus leaves them
    <div className="nr-user-menu" ref={rootRef} onBlur={closeWhenFocusLeaves}>
      <button
        ref={buttonRef}
        type="button"
        className="nr-user-menu__button"
        aria-expanded={open}
        aria-controls="user-menu"
        onClick={() => setOpen((value) => !value)}
      >
        <span className="nr-visually-hidden">{t('shell.userMenu')}: </span>
        <span className="nr-user-menu__name">{user.name || user.email}</span>
        <span className="nr-user-menu__chevron" aria-hidden="true" />
      </button>
      <div id="user-menu" className="nr-user-menu__panel" hidden={!open}>
        <p className="utrecht-paragraph nr-user-menu__identity">
          {t('shell.signedInAs', { email: user.email })}
          <br />
          {t(`shell.roles.${user.role}`, { defaultValue: user.role })}
        </p>
        <ul className="nr-user-menu__list">
          <li>
            <RouterLink to="/app/account" className="nr-user-menu__item" onClick={() => setOpen(false)}>
              {t('myAccount.menu')}
            </RouterLink>
          </li>
          <li>
            <RouterLink to="/app/tweefactor" className="nr-user-menu__item" onClick={() => setOpen(false)}>
              {t('twoFactor.menu')}
            </RouterLink>
          </li>
          {LOOKS_AFTER_USERS.includes(user.role) && (
            <li>
              <RouterLink to="/app/gebruikers" className="nr-user-menu__item" onClick={() => setOpen(false)}>
                {t('users.menu')}
              </RouterLink>
            </li>
          )}
          <li>
            <button type="button" className="nr-user-menu__item" onClick={() => void handleSignOut()} aria-busy={busy || undefined}>
              {t('shell.signOut')}
            </button>
          </li>
        </ul>
        <ErrorAlert error={error} />
      </div>
    </div>
  );
}
