// Why an invitation link does not work, and what to do about it: ask for a new invitation, or
// sign in when the account exists already.
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LinkGroup } from '../../components/LinkGroup.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import type { InvitationProblemCode } from './invitation-problems.ts';

interface InvitationProblemProps {
  problem: InvitationProblemCode | 'NO_TOKEN';
  /** When the problem replaces a form the user was filling in, focus moves to it. */
  focus?: boolean;
}

export function InvitationProblem({ problem, focus = false }: InvitationProblemProps) {
  const { t } = useTranslation();
  const text =
    problem === 'NO_TOKEN'
      ? t('organisation.acceptInvitation.noToken')
      : problem === 'EMAIL_TAKEN'
        ? t('organisation.acceptInvitation.emailTaken')
        : t(`errors.${problem}`);
  const canSignIn = problem === 'INVITATION_USED' || problem === 'EMAIL_TAKEN';
  return (
    <>
      <Alert type="error">
        <Heading level={2} focusOnMount={focus}>
          {t('organisation.acceptInvitation.problemHeading')}
        </Heading>
        <Paragraph>{text}</Paragraph>
      </Alert>
      {canSignIn && (
        <LinkGroup>
          <Link to="/inloggen">{t('organisation.acceptInvitation.toLogin')}</Link>
          <Link to="/wachtwoord-vergeten">{t('organisation.acceptInvitation.forgotPassword')}</Link>
        </LinkGroup>
      )}
    </>
  );
}
