// The register belongs to an accommodation: only its owners and staff see these pages. Others
// read that it is not for them (the API refuses them anyway; this spares them a page of errors).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types.ts';
import { PageHeading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useCurrentSession } from '../../session/useCurrentSession.ts';

export const ENTREPRENEURS: readonly Role[] = ['owner', 'staff'];

function NoAccess() {
  const { t } = useTranslation();
  useDocumentTitle(t('portal.noAccess.title'));
  return (
    <>
      <PageHeading>{t('portal.noAccess.heading')}</PageHeading>
      <Paragraph>{t('nightRegister.noAccess')}</Paragraph>
      <Paragraph>
        <Link to="/app">{t('portal.noAccess.back')}</Link>
      </Paragraph>
    </>
  );
}

export function EntrepreneursOnly({ children }: { children: ReactNode }) {
  const { user } = useCurrentSession();
  return ENTREPRENEURS.includes(user.role) ? children : <NoAccess />;
}
