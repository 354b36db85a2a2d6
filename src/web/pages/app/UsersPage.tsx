// "Gebruikers" in the user menu: the people this user looks after (owner: the company's users;
// municipality: its entrepreneurs; admin: everyone), with "2FA resetten" (DNR manual: "via het
// gebruikersmenu de 2FA-registratie van een gebruiker resetten").
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resetUserTwoFactor, usersInReach, type LookedAfterUser } from '../../api/two-factor.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';

export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.title'));
  const [users, setUsers] = useState<LookedAfterUser[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => usersInReach().then(({ users: list }) => setUsers(list), setError), []);
  useEffect(() => {
    void load();
  }, [load]);

  const reset = async (user: LookedAfterUser) => {
    if (!window.confirm(t('users.confirmReset', { email: user.email }))) return;
    setError(null);
    setNotice(null);
    try {
      await resetUserTwoFactor(user.id);
      setNotice(t('users.resetDone', { email: user.email }));
      await load();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <>
      <PageHeading>{t('users.heading')}</PageHeading>
      <Paragraph>{t('users.intro')}</Paragraph>
      {notice && <Alert type="ok">{notice}</Alert>}
      <ErrorAlert error={error} />
      {users?.length === 0 && <Paragraph>{t('users.empty')}</Paragraph>}
      {users && users.length > 0 && (
        <table className="utrecht-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">{t('users.email')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('users.company')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('users.role')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('users.twoFactor')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('users.actions')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {users.map((user) => (
              <tr key={user.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{user.email}</td>
                <td className="utrecht-table__cell">{user.companyName ?? '—'}</td>
                <td className="utrecht-table__cell">{t(`shell.roles.${user.role}`, { defaultValue: user.role })}</td>
                <td className="utrecht-table__cell">{user.twoFactorEnabled ? t('users.on') : t('users.off')}</td>
                <td className="utrecht-table__cell">
                  <Button onClick={() => void reset(user)} aria-label={`${t('users.reset')}: ${user.email}`}>
                    {t('users.reset')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
