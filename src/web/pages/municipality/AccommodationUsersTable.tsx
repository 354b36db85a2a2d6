// The users of one accommodation, for the municipality (or admin) helping them: status, 2FA,
// last sign-in, and the help it can give: a new confirmation mail, a 2FA reset, deactivating
// or activating the account. Destructive actions are confirmed first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deactivateUser, reactivateUser, resendConfirmationEmail, resetUserTwoFactor, type ManagedUser } from '../../api/users.ts';
import { Button } from '../../components/Button.tsx';
import { formatDateTime } from '../../i18n/format-date.ts';

interface AccommodationUsersTableProps {
  users: readonly ManagedUser[];
  onDone: (notice: string) => void;
  onFailed: (error: unknown) => void;
}

type Action = 'resend' | 'reset' | 'deactivate' | 'reactivate';

const PERFORM: Record<Action, (id: string) => Promise<void>> = {
  resend: resendConfirmationEmail,
  reset: resetUserTwoFactor,
  deactivate: deactivateUser,
  reactivate: reactivateUser,
};

export function AccommodationUsersTable({ users, onDone, onFailed }: AccommodationUsersTableProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);

  const statusOf = (user: ManagedUser) => {
    if (!user.active) return t('portal.users.inactive');
    if (!user.emailConfirmed) return t('portal.users.unconfirmed');
    return t('portal.users.active');
  };

  const run = async (action: Action, user: ManagedUser) => {
    const email = user.email;
    // One action at a time; the buttons stay enabled so the focus is not lost while it runs.
    if (busy !== null) return;
    if (action === 'reset' && !window.confirm(t('portal.users.confirmReset', { email }))) return;
    if (action === 'deactivate' && !window.confirm(t('portal.users.confirmDeactivate', { email }))) return;
    setBusy(`${action}:${user.id}`);
    try {
      await PERFORM[action](user.id);
      const done = { resend: 'resent', reset: 'resetDone', deactivate: 'deactivated', reactivate: 'reactivated' } as const;
      onDone(t(`portal.users.${done[action]}`, { email }));
    } catch (error) {
      onFailed(error);
    } finally {
      setBusy(null);
    }
  };

  const button = (action: Action, user: ManagedUser) => {
    const label = t(`portal.users.${action}`);
    const key = `${action}:${user.id}`;
    return (
      <Button
        // "Deactiveren" and "Activeren" share a key: the button stays, with the focus on it.
        key={action === 'reactivate' ? 'deactivate' : action}
        onClick={() => void run(action, user)}
        busy={busy === key}
        aria-label={t('portal.users.namedAction', { action: label, email: user.email })}
      >
        {label}
      </Button>
    );
  };

  const header = (text: string) => (
    <th className="utrecht-table__header-cell" scope="col">
      {text}
    </th>
  );
  return (
    <div className="nr-table-wrapper">
      <table className="utrecht-table nr-table">
        <caption className="nr-visually-hidden">{t('portal.users.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {header(t('portal.users.name'))}
            {header(t('portal.users.email'))}
            {header(t('portal.users.role'))}
            {header(t('portal.users.status'))}
            {header(t('portal.users.twoFactor'))}
            {header(t('portal.users.lastLogin'))}
            {header(t('portal.users.actions'))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {users.map((user) => (
            <tr key={user.id} className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">
                {user.name || user.email}
              </th>
              <td className="utrecht-table__cell">{user.email}</td>
              <td className="utrecht-table__cell">{t(`shell.roles.${user.role}`, { defaultValue: user.role })}</td>
              <td className="utrecht-table__cell">{statusOf(user)}</td>
              <td className="utrecht-table__cell">{user.twoFactorEnabled ? t('portal.users.on') : t('portal.users.off')}</td>
              <td className="utrecht-table__cell">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('portal.users.never')}</td>
              <td className="utrecht-table__cell">
                <div className="nr-table-actions">
                  {user.active && !user.emailConfirmed && button('resend', user)}
                  {user.twoFactorEnabled && button('reset', user)}
                  {button(user.active ? 'deactivate' : 'reactivate', user)}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
