// The open invitations with "Intrekken", and what came of the last revocation. A revoked row
// disappears with its button, so the focus moves to the message that says it worked.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { revokeInvitation, type Invitation } from '../../api/invitations.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { InvitationsTable } from './InvitationsTable.tsx';
import type { Remote } from '../../hooks/useRemote.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';

interface InvitationsSectionProps {
  state: Remote<Invitation[]>;
  reload: () => Promise<void>;
  showOrganisation: boolean;
}

export function InvitationsSection({ state, reload, showOrganisation }: InvitationsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const { confirm, dialog } = useConfirm();

  const revoke = async (invitation: Invitation) => {
    const confirmed = await confirm({
      title: t('organisation.invitations.confirmRevokeTitle'),
      text: t('organisation.invitations.confirmRevoke', { email: invitation.email }),
      confirmLabel: t('organisation.invitations.revoke'),
    });
    if (!confirmed) return;
    setBusyId(invitation.id);
    setNotice(null);
    setError(null);
    try {
      await revokeInvitation(invitation.id);
      setNotice(t('organisation.invitations.revoked', { email: invitation.email }));
    } catch (failure) {
      setError(failure);
    } finally {
      await reload();
      setBusyId(null);
      requestAnimationFrame(() => feedbackRef.current?.focus());
    }
  };

  const invitations = state.status === 'loaded' ? state.data : [];
  return (
    <section className="nr-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('organisation.invitations.heading')}
      </Heading>
      <div ref={feedbackRef} tabIndex={-1} className="nr-feedback">
        {notice && <Alert type="ok">{notice}</Alert>}
        <ErrorAlert error={error} />
      </div>
      {dialog}
      {state.status === 'loading' && <Paragraph>{t('organisation.invitations.loading')}</Paragraph>}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'loaded' && invitations.length === 0 && <Paragraph>{t('organisation.invitations.empty')}</Paragraph>}
      {invitations.length > 0 && (
        <>
          <InvitationsTable
            invitations={invitations}
            showOrganisation={showOrganisation}
            labelledBy={headingId}
            busyId={busyId}
            onRevoke={(invitation) => void revoke(invitation)}
          />
          {invitations.some((invitation) => invitation.expired) && <Paragraph className="nr-hint">{t('organisation.invitations.expiredHint')}</Paragraph>}
        </>
      )}
    </section>
  );
}
