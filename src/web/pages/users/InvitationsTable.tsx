// "Openstaande uitnodigingen": who was invited, as what, by whom and until when the link works,
// with "Intrekken" per invitation. The admin, who invites for every municipality, also sees for
// which organisation.
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../api/invitations.ts';
import { Button } from '../../components/Button.tsx';
import { EmailAddress } from './EmailAddress.tsx';
import { formatDateTime } from './user-labels.ts';

interface InvitationsTableProps {
  invitations: readonly Invitation[];
  showOrganisation: boolean;
  labelledBy: string;
  busyId: string | null;
  onRevoke: (invitation: Invitation) => void;
}

export function InvitationsTable({ invitations, showOrganisation, labelledBy, busyId, onRevoke }: InvitationsTableProps) {
  const { t } = useTranslation();
  return (
    <div className="utrecht-table-container nr-table-wide">
      <table className="utrecht-table nr-table" aria-labelledby={labelledBy}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('organisation.invitations.columns.email')}
            </th>
            {showOrganisation && (
              <th className="utrecht-table__header-cell" scope="col">
                {t('organisation.invitations.columns.organisation')}
              </th>
            )}
            <th className="utrecht-table__header-cell" scope="col">
              {t('organisation.invitations.columns.role')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('organisation.invitations.columns.invitedBy')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('organisation.invitations.columns.validUntil')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('organisation.invitations.columns.actions')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {invitations.map((invitation) => {
            const busy = busyId === invitation.id;
            return (
              <tr key={invitation.id} className="utrecht-table__row">
                <th className="utrecht-table__cell nr-table__row-header" scope="row">
                  <EmailAddress email={invitation.email} />
                </th>
                {showOrganisation && <td className="utrecht-table__cell">{invitation.organisation}</td>}
                <td className="utrecht-table__cell">{t(`organisation.roles.${invitation.role}`)}</td>
                <td className="utrecht-table__cell">{invitation.invitedBy ?? t('organisation.invitations.unknownInviter')}</td>
                <td className="utrecht-table__cell">
                  {invitation.expired ? <strong>{t('organisation.invitations.expired')}</strong> : formatDateTime(invitation.expiresAt)}
                </td>
                <td className="utrecht-table__cell">
                  <Button
                    busy={busy}
                    aria-disabled={busy || undefined}
                    aria-label={t('organisation.users.actions.named', { action: t('organisation.invitations.revoke'), email: invitation.email })}
                    onClick={() => {
                      if (!busy) onRevoke(invitation);
                    }}
                  >
                    {t('organisation.invitations.revoke')}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
