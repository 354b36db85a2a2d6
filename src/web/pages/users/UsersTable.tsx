// The table of users: name, address, role, status, 2FA, last sign-in and the actions per user.
// Municipality users and admins see many companies, so they also see each user's company.
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types.ts';
import type { ManagedUser } from '../../api/users.ts';
import type { UserAction } from './user-actions.ts';
import { UserActionButtons } from './UserActionButtons.tsx';
import { EmailAddress } from './EmailAddress.tsx';
import { formatDateTime, statusOf } from './user-labels.ts';

interface UsersTableProps {
  users: readonly ManagedUser[];
  viewer: Role;
  labelledBy: string;
  busyUserId: string | null;
  onAction: (action: UserAction, user: ManagedUser) => void;
}

export function UsersTable({ users, viewer, labelledBy, busyUserId, onAction }: UsersTableProps) {
  const { t } = useTranslation();
  const showOrganisation = viewer !== 'owner';
  return (
    <div className="utrecht-table-container nr-table-wide">
      <table className="utrecht-table nr-table" aria-labelledby={labelledBy}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('organisation.users.columns.name')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('organisation.users.columns.email')}
            </th>
            {showOrganisation && (
              <th className="utrecht-table__header-cell" scope="col">
                {t('organisation.users.columns.organisation')}
              </th>
            )}
            <th className="utrecht-table__header-cell" scope="col">
              {t('organisation.users.columns.role')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('organisation.users.columns.status')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('organisation.users.columns.twoFactor')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('organisation.users.columns.lastLogin')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('organisation.users.columns.actions')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {users.map((user) => (
            <tr key={user.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">
                {/* Accounts made by the operator are named after their address. */}
                {user.name ? <EmailAddress email={user.name} /> : <span className="nr-hint">{t('organisation.users.noName')}</span>}
              </td>
              <th className="utrecht-table__cell nr-table__row-header" scope="row">
                <EmailAddress email={user.email} />
              </th>
              {showOrganisation && <td className="utrecht-table__cell">{user.companyName ?? '—'}</td>}
              <td className="utrecht-table__cell">{t(`organisation.roles.${user.role}`)}</td>
              <td className="utrecht-table__cell">{t(`organisation.users.status.${statusOf(user)}`)}</td>
              <td className="utrecht-table__cell">{user.twoFactorEnabled ? t('organisation.users.twoFactorOn') : t('organisation.users.twoFactorOff')}</td>
              <td className="utrecht-table__cell">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('organisation.users.never')}</td>
              <td className="utrecht-table__cell">
                <UserActionButtons viewer={viewer} user={user} busy={busyUserId === user.id} onAction={onAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
