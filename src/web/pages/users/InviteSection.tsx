// "Gebruiker uitnodigen": the introduction, the form, and where the last invitation went. After
// sending, a fresh form replaces the old one (so no field looks wrong for being empty) and the
// focus moves to the message that says the invitation is on its way.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationOutcome } from '../../api/invitations.ts';
import type { Role } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { InviteUserForm } from './InviteUserForm.tsx';
import { Section } from '../../components/Section.tsx';

interface InviteSectionProps {
  viewer: Role;
  /** The company an owner invites for, named in the introduction. */
  organisation: string | null;
  /** The municipality the admin's form starts with (?gemeente=<id>). */
  preselectedMunicipality: string | null;
  onSent: () => Promise<void>;
}

export function InviteSection({ viewer, organisation, preselectedMunicipality, onSent }: InviteSectionProps) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<{ count: number; outcome: InvitationOutcome; municipalityId: string } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sent) noticeRef.current?.focus();
  }, [sent]);

  const handleSent = (outcome: InvitationOutcome, municipalityId: string) => {
    setSent((previous) => ({ count: (previous?.count ?? 0) + 1, outcome, municipalityId }));
    void onSent();
  };

  return (
    <Section title={t('organisation.invite.heading')}>
      <Paragraph>{organisation ? t('organisation.invite.introOwner', { organisation }) : t('organisation.invite.intro')}</Paragraph>
      <div ref={noticeRef} tabIndex={-1} className="nr-feedback">
        {sent && (
          <Alert type="ok">{t(sent.outcome.kind === 'added' ? 'organisation.invite.added' : 'organisation.invite.sent', { email: sent.outcome.email })}</Alert>
        )}
      </div>
      <InviteUserForm
        key={sent?.count ?? 0}
        viewer={viewer}
        // The admin often invites several people of one municipality in a row: keep it chosen.
        preselectedMunicipality={sent?.municipalityId || preselectedMunicipality}
        onSent={handleSent}
      />
    </Section>
  );
}
