// "Actieve sessies": where the user is signed in, as a table of device, IP address and last
// activity, with "Uitloggen" per other session and "Overal anders uitloggen" for all of them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { revokeSession, type AccountSession } from '../../api/account.ts';
import { signOutElsewhere } from '../../api/two-factor.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { describeUserAgent } from '../two-factor/device-name.ts';
import { Section } from '../../components/Section.tsx';
import { formatDateTime } from '../../i18n/format-date.ts';

export function SessionsSection({ sessions, onChanged }: { sessions: AccountSession[]; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const deviceOf = (session: AccountSession) => {
    const described = describeUserAgent(session.userAgent);
    return described ? t('myAccount.sessions.deviceName', described) : t('myAccount.sessions.unknownDevice');
  };

  const run = async (action: () => Promise<void>, done: string) => {
    setError(null);
    setNotice(null);
    setBusy(true);
    try {
      await action();
      setNotice(done);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      // Also after a failure: the session may have ended meanwhile.
      await onChanged();
    }
  };

  return (
    <Section title={t('myAccount.sessions.heading')}>
      <Paragraph>{t('myAccount.sessions.intro')}</Paragraph>
      {notice && <Alert type="ok">{notice}</Alert>}
      <ErrorAlert error={error} />
      <table className="utrecht-table">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('myAccount.sessions.device')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('myAccount.sessions.ip')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('myAccount.sessions.lastSeen')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              <span className="nr-visually-hidden">{t('myAccount.sessions.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {sessions.map((session) => {
            const device = deviceOf(session);
            const lastSeen = formatDateTime(session.lastSeenAt);
            return (
              <tr key={session.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{device}</td>
                <td className="utrecht-table__cell">{session.ip ?? t('myAccount.sessions.unknownIp')}</td>
                <td className="utrecht-table__cell">{lastSeen}</td>
                <td className="utrecht-table__cell">
                  {session.current ? (
                    <strong>{t('myAccount.sessions.current')}</strong>
                  ) : (
                    <Button
                      disabled={busy}
                      onClick={() => void run(() => revokeSession(session.id), t('myAccount.sessions.signedOut', { device }))}
                      aria-label={t('myAccount.sessions.signOutNamed', { device, lastSeen })}
                    >
                      {t('myAccount.sessions.signOut')}
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Paragraph>{t('myAccount.sessions.signOutOthersIntro')}</Paragraph>
      <div className="nr-form-actions">
        <Button disabled={busy} onClick={() => void run(signOutElsewhere, t('myAccount.sessions.signedOutOthers'))}>
          {t('myAccount.sessions.signOutOthers')}
        </Button>
      </div>
    </Section>
  );
}
