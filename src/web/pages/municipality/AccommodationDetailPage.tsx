// One accommodation for its municipality (or an admin), at /app/accommodaties/:id: its details
// and status, the decision while it waits for approval, and its users with the help the
// municipality can give them.
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { getOverseenAccommodation, type DirectoryAccommodationDetail } from '../../api/municipality-portal.ts';
import type { ManagedUser } from '../../api/users.ts';
import { Alert } from '../../components/Alert.tsx';
import { DataList } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Heading, PageHeading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { RequireRole } from '../../session/RequireRole.tsx';
import '../../theme/portal.css';
import { accommodationDetailItems } from './accommodation-detail-items.ts';
import { UsersTable } from '../users/UsersTable.tsx';
import { useUserActions } from '../users/useUserActions.ts';
import { useCurrentSession } from '../../session/useCurrentSession.ts';
import { RegistrationDecision } from './RegistrationDecision.tsx';

interface Loaded {
  accommodation: DirectoryAccommodationDetail;
  users: ManagedUser[];
}

function focusPageHeading() {
  document.querySelector<HTMLElement>('main h1')?.focus();
}

function AccommodationDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [decided, setDecided] = useState<string | null>(null);
  useDocumentTitle(loaded?.accommodation.companyName ?? t('portal.detail.title'));

  const load = useCallback(async () => {
    try {
      setLoaded(await getOverseenAccommodation(id));
      setLoadError(null);
    } catch (error) {
      setLoadError(error);
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  const onDecided = async (approved: boolean) => {
    setDecided(t(approved ? 'portal.detail.approved' : 'portal.detail.rejected'));
    await load();
    // The decision form is gone; the notice under the heading says what happened.
    requestAnimationFrame(focusPageHeading);
  };
  // Notices of the help given to a user appear next to the users' table, where the user is.
  const userActions = useUserActions(load);
  const { user: viewer } = useCurrentSession();

  const missing = loadError instanceof ApiError && [403, 404].includes(loadError.status);
  return (
    <>
      <Paragraph>
        <Link to="/app/accommodaties">{t('portal.detail.back')}</Link>
      </Paragraph>
      <PageHeading>{loaded?.accommodation.companyName ?? t('portal.detail.title')}</PageHeading>
      {decided && <Alert type="ok">{decided}</Alert>}
      {missing && <Paragraph>{t('portal.detail.notFound')}</Paragraph>}
      {!missing && <ErrorAlert error={loadError} />}
      {!loaded && !loadError && <Paragraph>{t('app.loading')}</Paragraph>}
      {loaded && (
        <>
          <DataList items={accommodationDetailItems(loaded.accommodation, t)} />
          {loaded.accommodation.status === 'pending' && (
            <RegistrationDecision accommodationId={loaded.accommodation.id} onDecided={(approved) => void onDecided(approved)} />
          )}
          <section className="nr-section" aria-labelledby="users-heading">
            <Heading level={2} id="users-heading">
              {t('portal.detail.usersHeading')}
            </Heading>
            <Paragraph>{t('portal.detail.usersIntro')}</Paragraph>
            <div ref={userActions.feedbackRef} tabIndex={-1} className="nr-feedback">
              {userActions.notice && <Alert type="ok">{userActions.notice}</Alert>}
              <ErrorAlert error={userActions.error} />
            </div>
            {userActions.dialog}
            {loaded.users.length === 0 ? (
              <Paragraph>{t('portal.detail.noUsers')}</Paragraph>
            ) : (
              <UsersTable
                users={loaded.users}
                viewer={viewer.role}
                labelledBy="users-heading"
                busyUserId={userActions.busyUserId}
                onAction={(action, user) => void userActions.run(action, user)}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}

export function AccommodationDetailPage() {
  const { id = '' } = useParams();
  return (
    <RequireRole roles={['municipality', 'admin']}>
      <AccommodationDetail key={id} id={id} />
    </RequireRole>
  );
}
