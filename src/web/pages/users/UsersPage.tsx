// "Gebruikers" (user menu and main menu): the people this user looks after (owner: the users of
// the current accommodation; municipality: its entrepreneurs, colleagues and inspectors; admin:
// everyone) with their actions, inviting someone new, and the invitations still open.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { listInvitations, type Invitation } from '../../api/invitations.ts';
import type { Role } from '../../api/types.ts';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useCurrentSession } from '../../session/useCurrentSession.ts';
import { InvitationsSection } from './InvitationsSection.tsx';
import { InviteSection } from './InviteSection.tsx';
import { UsersSection } from './UsersSection.tsx';
import { useRemote } from '../../hooks/useRemote.ts';

type Caretaker = Extract<Role, 'owner' | 'municipality' | 'admin'>;

function looksAfterUsers(role: Role): role is Caretaker {
  return role === 'owner' || role === 'municipality' || role === 'admin';
}

const noInvitations = async (): Promise<Invitation[]> => [];

export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisation.users.title'));
  const { user, accommodation } = useCurrentSession();
  const [searchParams] = useSearchParams();
  const viewer = user.role;
  const invitations = useRemote(looksAfterUsers(viewer) ? listInvitations : noInvitations);

  if (!looksAfterUsers(viewer)) {
    return (
      <>
        <PageHeading>{t('organisation.users.heading')}</PageHeading>
        <Paragraph>{t('errors.FORBIDDEN')}</Paragraph>
      </>
    );
  }

  const organisation = viewer === 'owner' ? (accommodation?.companyName ?? null) : null;
  return (
    <>
      <PageHeading>{t('organisation.users.heading')}</PageHeading>
      <Paragraph lead>{t(`organisation.users.intro.${viewer}`, { organisation })}</Paragraph>
      <UsersSection viewer={viewer} />
      <InviteSection
        viewer={viewer}
        organisation={organisation}
        preselectedMunicipality={viewer === 'admin' ? searchParams.get('gemeente') : null}
        onSent={invitations.reload}
      />
      <InvitationsSection state={invitations.state} reload={invitations.reload} showOrganisation={viewer === 'admin'} />
    </>
  );
}
