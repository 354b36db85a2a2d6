// Guards the application: renders its children with the session, or sends the visitor to the
// sign-in page when nobody is signed in.
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Session } from '../api/types.ts';
import { useSession } from './SessionContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Button } from '../components/Button.tsx';
import { PageHeading } from '../components/Heading.tsx';
import { Paragraph } from '../components/Paragraph.tsx';
import type { LoginNotice } from '../pages/login-notice.ts';

export function RequireSession({ children }: { children: (session: Session) => ReactNode }) {
  const { state, refresh } = useSession();
  const location = useLocation();
  const { t } = useTranslation();

  useEffect(() => {
    if (state.status === 'idle') void refresh();
  }, [state.status, refresh]);

  if (state.status === 'authenticated') return children(state.session);
  if (state.status === 'anonymous') {
    const notice: LoginNotice = state.signedOut ? 'signedOut' : 'sessionRequired';
    const from = state.signedOut ? undefined : location.pathname;
    return <Navigate to="/inloggen" replace state={{ notice, from }} />;
  }
  if (state.status === 'two-factor-step') return <Navigate to="/inloggen/tweefactor" replace state={{ from: location.pathname }} />;
  if (state.status === 'two-factor-setup') return <Navigate to="/tweefactor-instellen" replace />;
  if (state.status === 'error') {
    return (
      <main id="main" className="nr-public-main">
        <PageHeading>{t('app.name')}</PageHeading>
        <ErrorAlert error={state.error} />
        <Button onClick={() => void refresh()}>{t('common.retry')}</Button>
      </main>
    );
  }
  return (
    <main id="main" className="nr-public-main" aria-busy="true">
      <Paragraph>{t('app.loading')}</Paragraph>
    </main>
  );
}
