// "Huidige gebruikers": the list with "Zoeken" and (for municipality users and admins, who see
// many kinds of user) the role filter, 50 users a page with "Vorige"/"Volgende", the actions per
// user, and what came of the last action right above the table. Filter and page live in the
// address bar (?q=, ?rol=, ?pagina=).
import { useCallback, useId } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import '../../theme/portal.css';
import { UserFilterForm } from './UserFilterForm.tsx';
import { isFiltered, userFilterFrom, usersFor, withUserFilter, type UserListFilter } from './user-filter.ts';
import { useUserActions } from './useUserActions.ts';
import { UsersTable } from './UsersTable.tsx';
import { useRemote } from '../../hooks/useRemote.ts';

export function UsersSection({ viewer }: { viewer: Role }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { pathname } = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = userFilterFrom(searchParams, viewer);
  const load = useCallback(() => usersFor({ role: filter.role, q: filter.q, page: filter.page }), [filter.role, filter.q, filter.page]);
  const { state, reload } = useRemote(load);
  const { busyUserId, notice, error, feedbackRef, run, clear, dialog } = useUserActions(reload);

  const changeFilter = (next: Pick<UserListFilter, 'role' | 'q'>) => {
    clear();
    // Another search starts at its first page.
    setSearchParams((params) => withUserFilter(params, { ...next, page: 1 }), { replace: true });
  };

  const pageLink = (target: number) => {
    const query = withUserFilter(searchParams, { ...filter, page: target }).toString();
    return query ? `${pathname}?${query}` : pathname;
  };

  const result = state.status === 'loaded' ? state.data : null;
  const users = result?.users ?? [];
  const from = result && users.length > 0 ? (result.page - 1) * result.pageSize + 1 : 0;
  const to = from > 0 ? from + users.length - 1 : 0;
  const emptyText = isFiltered(filter)
    ? t('organisation.users.emptySearch')
    : viewer === 'owner'
      ? t('organisation.users.emptyOwner')
      : t('organisation.users.empty');
  return (
    <section className="nr-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('organisation.users.listHeading')}
      </Heading>
      <UserFilterForm key={`${filter.role} ${filter.q}`} value={filter} showRoles={viewer !== 'owner'} onChange={changeFilter} />
      <div ref={feedbackRef} tabIndex={-1} className="nr-feedback">
        {notice && <Alert type="ok">{notice}</Alert>}
        <ErrorAlert error={error} />
      </div>
      {dialog}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      <p className="utrecht-paragraph" role="status">
        {state.status === 'loading' && t('organisation.users.loading')}
        {result && users.length > 0 && t('organisation.users.range', { from, to, total: result.total })}
        {result && result.total === 0 && emptyText}
      </p>
      {result && result.total > 0 && users.length === 0 && (
        // An old bookmark, or the last users of the last page left the filter.
        <Paragraph>
          {t('organisation.users.beyondEnd')} <Link to={pageLink(1)}>{t('organisation.users.firstPage')}</Link>
        </Paragraph>
      )}
      {result && users.length > 0 && (
        <>
          <UsersTable users={users} viewer={viewer} labelledBy={headingId} busyUserId={busyUserId} onAction={(action, user) => void run(action, user)} />
          <Pagination
            label={t('organisation.users.pagination')}
            previous={result.page > 1 ? pageLink(result.page - 1) : null}
            next={to < result.total ? pageLink(result.page + 1) : null}
            previousLabel={t('organisation.users.previous')}
            nextLabel={t('organisation.users.next')}
          />
        </>
      )}
    </section>
  );
}
