// "Uitnodiging aannemen" (/app/uitnodiging/<token>, the link mailed to an address that has an
// account): signed in as that account, the invitee takes the invitation up with "Uitnodiging
// aannemen" and may start working in the accommodation at once. The token sits in the path, so the
// sign-in page brings the invitee back here. Signed in as someone else, the page says so.
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { joinInvitation, previewInvitation, type InvitationPreview } from '../../api/invitations.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Heading, PageHeading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useSwitchAccommodation } from '../../hooks/useSwitchAccommodation.ts';
import { useCurrentSession } from '../../session/useCurrentSession.ts';
import { looksLikeToken } from './invitation-problems.ts';

type State =
  | { status: 'loading' }
  | { status: 'ready'; invitation: InvitationPreview }
  | { status: 'joined'; accommodation: { id: string; companyName: string } }
  | { status: 'failed'; error: unknown };

function Joined({ accommodation }: { accommodation: { id: string; companyName: string } }) {
  const { t } = useTranslation();
  const { busy, error, switchNow } = useSwitchAccommodation(accommodation.id, '/app');
  return (
    <>
      <Alert type="ok">
        <Heading level={2} focusOnMount>
          {t('organisation.joinInvitation.joined', { organisation: accommodation.companyName })}
        </Heading>
      </Alert>
      <ErrorAlert error={error} />
      <div className="nr-form-actions">
        <Button appearance="primary-action" busy={busy} disabled={busy} onClick={() => void switchNow()}>
          {t('organisation.joinInvitation.switchNow', { organisation: accommodation.companyName })}
        </Button>
        <Link to="/app" className="nr-form-actions__link">
          {t('organisation.joinInvitation.toOverview')}
        </Link>
      </div>
    </>
  );
}

export function JoinInvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisation.joinInvitation.title'));
  const { user } = useCurrentSession();
  const { token: rawToken = null } = useParams();
  const token = looksLikeToken(rawToken) ? rawToken.trim() : null;
  const [state, setState] = useState<State>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    if (!token) return;
    setState({ status: 'loading' });
    try {
      setState({ status: 'ready', invitation: await previewInvitation(token) });
    } catch (failure) {
      setState({ status: 'failed', error: failure });
    }
  }, [token]);

  useEffect(() => {
    void load();
  }, [load]);

  const join = async () => {
    if (!token) return;
    setBusy(true);
    setError(null);
    try {
      setState({ status: 'joined', accommodation: (await joinInvitation(token)).accommodation });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>{t('organisation.joinInvitation.heading')}</PageHeading>
      {!token && (
        <Alert type="error">
          <Paragraph>{t('organisation.acceptInvitation.noToken')}</Paragraph>
        </Alert>
      )}
      {token && state.status === 'loading' && <Paragraph>{t('organisation.joinInvitation.loading')}</Paragraph>}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'joined' && <Joined accommodation={state.accommodation} />}
      {state.status === 'ready' && (
        <>
          <Paragraph lead>
            {t(state.invitation.invitedBy ? 'organisation.joinInvitation.invitedBy' : 'organisation.joinInvitation.invited', {
              invitedBy: state.invitation.invitedBy,
              organisation: state.invitation.organisation,
              role: t(`organisation.roleInSentence.${state.invitation.role}`),
            })}
          </Paragraph>
          {state.invitation.email === user.email ? (
            <>
              <Paragraph>{t('organisation.joinInvitation.intro')}</Paragraph>
              <ErrorAlert error={error} />
              <div className="nr-form-actions">
                <Button appearance="primary-action" busy={busy} disabled={busy} onClick={() => void join()}>
                  {t('organisation.joinInvitation.submit')}
                </Button>
              </div>
            </>
          ) : (
            <Alert type="warning">
              <Paragraph>{t('organisation.joinInvitation.otherAccount', { email: state.invitation.email, current: user.email })}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </>
  );
}
