// Shows a page of the application only to the roles it is meant for; others read that it is not
// for them (the API refuses them anyway, this spares them a page of errors).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types.ts';
import { PageHeading } from '../components/Heading.tsx';
import { Link } from '../components/Link.tsx';
import { Paragraph } from '../components/Paragraph.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useCurrentSession } from './useCurrentSession.ts';

function NoAccess() {
  const { t } = useTranslation();
  useDocumentTitle(t('portal.noAccess.title'));
  return (
    <>
      <PageHeading>{t('portal.noAccess.heading')}</PageHeading>
      <Paragraph>{t('portal.noAccess.text')}</Paragraph>
      <Paragraph>
        <Link to="/app">{t('portal.noAccess.back')}</Link>
      </Paragraph>
    </>
  );
}

export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useCurrentSession();
  return roles.includes(user.role) ? children : <NoAccess />;
}
