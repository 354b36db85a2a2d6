// "Uitnodiging accepteren" (/uitnodiging?token=…, the link in the invitation email): tells for
// which organisation and role the invitation is and for which address, lets the invitee choose a
// name and password, then sends them to sign in. A link that is used, expired, revoked or cut
// off says so, with what to do instead.
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { previewInvitation, type InvitationPreview } from '../../api/invitations.ts';
import { Button } from '../../components/Button.tsx';
import { DataList } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { AcceptInvitationForm } from './AcceptInvitationForm.tsx';
import { InvitationProblem } from './InvitationProblem.tsx';
import { invitationProblemOf, looksLikeToken, type InvitationProblemCode } from './invitation-problems.ts';
import type { LoginNotice } from '../sign-in/login-notice.ts';

type State =
  | { status: 'loading' }
  | { status: 'ready'; invitation: InvitationPreview }
  | { status: 'problem'; problem: InvitationProblemCode | 'NO_TOKEN'; afterSubmit?: boolean }
  | { status: 'failed'; error: unknown };

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisation.acceptInvitation.title'));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const rawToken = searchParams.get('token');
  const token = looksLikeToken(rawToken) ? rawToken.trim() : null;
  const [state, setState] = useState<State>(token ? { status: 'loading' } : { status: 'problem', problem: 'NO_TOKEN' });

  const load = useCallback(async () => {
    if (!token) return;
    setState({ status: 'loading' });
    try {
      setState({ status: 'ready', invitation: await previewInvitation(token) });
    } catch (error) {
      const problem = invitationProblemOf(error);
      setState(problem ? { status: 'problem', problem } : { status: 'failed', error });
    }
  }, [token]);

  useEffect(() => {
    void load();
  }, [load]);

  const onAccepted = () => {
    const notice: LoginNotice = 'invitationAccepted';
    navigate('/inloggen', { state: { notice } });
  };

  return (
    <>
      <PageHeading>{t('organisation.acceptInvitation.heading')}</PageHeading>
      {state.status === 'loading' && <Paragraph>{t('organisation.acceptInvitation.loading')}</Paragraph>}
      {state.status === 'problem' && <InvitationProblem problem={state.problem} focus={state.afterSubmit} />}
      {state.status === 'failed' && (
        <>
          <ErrorAlert error={state.error} />
          <Button onClick={() => void load()}>{t('common.retry')}</Button>
        </>
      )}
      {state.status === 'ready' && token && (
        <>
          <Paragraph lead>
            {t(state.invitation.invitedBy ? 'organisation.acceptInvitation.invitedBy' : 'organisation.acceptInvitation.invited', {
              invitedBy: state.invitation.invitedBy,
              organisation: state.invitation.organisation,
              role: t(`organisation.roleInSentence.${state.invitation.role}`),
            })}
          </Paragraph>
          <DataList items={[{ key: 'email', label: t('organisation.acceptInvitation.email'), value: state.invitation.email }]} />
          <Paragraph>
            {t('organisation.acceptInvitation.emailHint')} {t('organisation.acceptInvitation.intro')}
          </Paragraph>
          {(state.invitation.role === 'municipality' || state.invitation.role === 'inspector') && (
            <Paragraph>{t('organisation.acceptInvitation.twoFactorNote')}</Paragraph>
          )}
          <AcceptInvitationForm
            token={token}
            suggestedName={state.invitation.name}
            onAccepted={onAccepted}
            onProblem={(problem) => setState({ status: 'problem', problem, afterSubmit: true })}
          />
        </>
      )}
    </>
  );
}
