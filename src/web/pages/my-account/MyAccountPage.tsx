// "Mijn account" in the user menu, for every role: the user's own name, email address, password
// and active sessions. Loads the account and the sessions, and reloads them after a change.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAccount, listSessions, type Account, type AccountSession } from '../../api/account.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { EmailSection } from './EmailSection.tsx';
import { NameSection } from './NameSection.tsx';
import { PasswordSection } from './PasswordSection.tsx';
import { SessionsSection } from './SessionsSection.tsx';

export function MyAccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('myAccount.title'));
  const [account, setAccount] = useState<Account | null>(null);
  const [sessions, setSessions] = useState<AccountSession[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const loadAccount = useCallback(() => getAccount().then(setAccount, setError), []);
  const loadSessions = useCallback(() => listSessions().then(setSessions, setError), []);
  useEffect(() => {
    void loadAccount();
    void loadSessions();
  }, [loadAccount, loadSessions]);

  return (
    <>
      <PageHeading>{t('myAccount.heading')}</PageHeading>
      <ErrorAlert error={error} />
      {!account && !error && <Paragraph>{t('app.loading')}</Paragraph>}
      {account && (
        <>
          <Paragraph>{t('myAccount.intro')}</Paragraph>
          <NameSection name={account.name} />
          <EmailSection account={account} onRequested={loadAccount} />
          <PasswordSection onChanged={loadSessions} />
        </>
      )}
      {sessions && <SessionsSection sessions={sessions} onChanged={loadSessions} />}
    </>
  );
}
