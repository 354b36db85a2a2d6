// "Uw API-sleutels": name, first characters, who made it and when, last used, active or revoked,
// and "Intrekken" for an active one.
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../api/register-io.ts';
import { Button } from '../../components/Button.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDateTime } from '../../i18n/format-date.ts';

interface TokensTableProps {
  tokens: readonly ApiToken[];
  busyId: string | null;
  onRevoke: (token: ApiToken) => void;
}

export function TokensTable({ tokens, busyId, onRevoke }: TokensTableProps) {
  const { t } = useTranslation();
  const column = (key: 'name' | 'prefix' | 'createdBy' | 'createdAt' | 'lastUsedAt' | 'status' | 'action') => t(`registerIo.apiTokens.columns.${key}`);
  const makerOf = ({ createdBy }: ApiToken) =>
    createdBy ? (createdBy.name ? `${createdBy.name} (${createdBy.email})` : createdBy.email) : t('registerIo.apiTokens.unknownMaker');
  return (
    <DataTable
      caption={t('registerIo.apiTokens.tableCaption')}
      columns={[column('name'), column('prefix'), column('createdBy'), column('createdAt'), column('lastUsedAt'), column('status'), column('action')]}
    >
      {tokens.map((token) => {
        const busy = busyId === token.id;
        return (
          <tr key={token.id} className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="row">
              {token.name}
            </th>
            <td className="utrecht-table__cell">
              <code>{token.prefix}…</code>
            </td>
            <td className="utrecht-table__cell">
              <bdi>{makerOf(token)}</bdi>
            </td>
            <td className="utrecht-table__cell">{formatDateTime(token.createdAt)}</td>
            <td className="utrecht-table__cell">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('registerIo.apiTokens.neverUsed')}</td>
            <td className="utrecht-table__cell">
              {token.revokedAt ? t('registerIo.apiTokens.revokedAt', { date: formatDateTime(token.revokedAt) }) : t('registerIo.apiTokens.active')}
            </td>
            <td className="utrecht-table__cell">
              {!token.revokedAt && (
                <Button
                  busy={busy}
                  aria-disabled={busy || undefined}
                  aria-label={t('registerIo.apiTokens.revokeNamed', { name: token.name })}
                  onClick={() => {
                    if (!busy) onRevoke(token);
                  }}
                >
                  {t('registerIo.apiTokens.revoke')}
                </Button>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
