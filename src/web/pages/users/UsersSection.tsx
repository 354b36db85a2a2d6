// "Huidige gebruikers": the list with its filter (municipality users and admins see many kinds of
// user), the actions per user, and what came of the last action right above the table.
import { useCallback, useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types.ts';
import type { ManagedUser } from '../../api/users.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { RoleFilterForm } from './RoleFilterForm.tsx';
import { roleFilterFrom, roleFilterParam, usersFor, type RoleFilter } from './role-filter.ts';
import { needsConfirmation, perform, type UserAction } from './user-actions.ts';
import { UsersTable } from './UsersTable.tsx';
import { useRemote } from './useRemote.ts';

const ROLE_AFTER: Partial<Record<UserAction, Role>> = { makeOwner: 'owner', makeStaff: 'staff' };

export function UsersSection({ viewer }: { viewer: Role }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = viewer === 'owner' ? 'all' : roleFilterFrom(searchParams.get('rol'));
  const load = useCallback(() => usersFor(filter), [filter]);
  const { state, reload } = useRemote(load);
  const [busyUserId, setBusyUserId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  const changeFilter = (next: RoleFilter) => {
    setNotice(null);
    setError(null);
    setSearchParams(
      (params) => {
        const value = roleFilterParam(next);
        if (value) params.set('rol', value);
        else params.delete('rol');
        return params;
      },
      { replace: true },
    );
  };

  const doneText = (action: UserAction, user: ManagedUser): string => {
    const role = ROLE_AFTER[action];
    if (role) return t('organisation.users.done.roleChanged', { email: user.email, role: t(`organisation.roleInSentence.${role}`) });
    if (action === 'deactivate') return t('organisation.users.done.deactivated', { email: user.email });
    if (action === 'reactivate') return t('organisation.users.done.reactivated', { email: user.email });
    if (action === 'resetTwoFactor') return t('organisation.users.done.resetTwoFactor', { email: user.email });
    return t('organisation.users.done.confirmationSent', { email: user.email });
  };

  const run = async (action: UserAction, user: ManagedUser) => {
    if (needsConfirmation(action) && !window.confirm(t(`organisation.users.confirm.${action}`, { email: user.email }))) return;
    setBusyUserId(user.id);
    setNotice(null);
    setError(null);
    try {
      await perform(action, user);
      setNotice(doneText(action, user));
    } catch (failure) {
      setError(failure);
    } finally {
      // Also after a failure: someone else may have changed the user meanwhile.
      await reload();
      setBusyUserId(null);
      // A button that no longer applies (2FA resetten after the reset) took the focus with it:
      // continue from the message that tells what happened.
      requestAnimationFrame(() => {
        if (document.activeElement === document.body || document.activeElement === null) feedbackRef.current?.focus();
      });
    }
  };

  const users = state.status === 'loaded' ? state.data : [];
  return (
    <section className="nr-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('organisation.users.listHeading')}
      </Heading>
      {viewer !== 'owner' && <RoleFilterForm key={filter} value={filter} onChange={changeFilter} />}
      <div ref={feedbackRef} tabIndex={-1} className="nr-feedback">
        {notice && <Alert type="ok">{notice}</Alert>}
        <ErrorAlert error={error} />
      </div>
      {state.status === 'loading' && <Paragraph>{t('organisation.users.loading')}</Paragraph>}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'loaded' && users.length === 0 && (
        <Paragraph>{viewer === 'owner' ? t('organisation.users.emptyOwner') : t('organisation.users.empty')}</Paragraph>
      )}
      {users.length > 0 && (
        <UsersTable users={users} viewer={viewer} labelledBy={headingId} busyUserId={busyUserId} onAction={(action, user) => void run(action, user)} />
      )}
    </section>
  );
}
