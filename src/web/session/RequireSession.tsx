// Guards the application: renders its children with the session, or sends the visitor to the
// sign-in page when nobody is signed in, to the 2FA step when that comes first, and to the
// mandatory 2FA set-up (in a frame of its own) while that is pending. A signed-in user is warned
// before the session ends for want of activity.
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Session } from '../api/types.ts';
import { useSession } from './SessionContext.tsx';
import { IdleWarning } from './IdleWarning.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Button } from '../components/Button.tsx';
import { PageHeading } from '../components/Heading.tsx';
import { Paragraph } from '../components/Paragraph.tsx';
import type { LoginNotice } from '../pages/sign-in/login-notice.ts';
import { SetUpOnlyLayout } from '../layouts/SetUpOnlyLayout.tsx';
import { SET_UP_PATH, STEP_PATH } from '../pages/two-factor/paths.ts';

export function RequireSession({ children }: { children: (session: Session) => ReactNode }) {
  const { state, refresh } = useSession();
  const location = useLocation();
  const { t } = useTranslation();

  useEffect(() => {
    if (state.status === 'idle') void refresh();
  }, [state.status, refresh]);

  if (state.status === 'authenticated') {
    return (
      <>
        {children(state.session)}
        <IdleWarning />
      </>
    );
  }
  if (state.status === 'anonymous') {
    const notice: LoginNotice = state.signedOut ? 'signedOut' : state.expired ? 'sessionExpired' : 'sessionRequired';
    const from = state.signedOut ? undefined : location.pathname;
    return <Navigate to="/inloggen" replace state={{ notice, from }} />;
  }
  if (state.status === 'two-factor-step') return <Navigate to={STEP_PATH} replace state={{ from: location.pathname }} />;
  if (state.status === 'two-factor-setup') {
    return location.pathname.replace(/\/+$/, '') === SET_UP_PATH ? <SetUpOnlyLayout /> : <Navigate to={SET_UP_PATH} replace />;
  }
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
