// Carrying out an action on a user from a users table ("Deactiveren", "2FA resetten", …): the
// confirmation first where it takes something away, the message of what came of it, a reload of
// the table, and the focus kept where the user is. Used by "Gebruikers" and by an accommodation's
// page in the municipality portal, so both behave alike.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import type { ManagedUser } from '../../api/users.ts';
import { needsConfirmation, perform, type ConfirmedAction, type UserAction } from './user-actions.ts';

const ROLE_AFTER: Partial<Record<UserAction, Role>> = { makeOwner: 'owner', makeStaff: 'staff' };

export function useUserActions(reload: () => Promise<void>) {
  const { t } = useTranslation();
  const [busyUserId, setBusyUserId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const { confirm, dialog } = useConfirm();

  const confirmed = (action: ConfirmedAction, user: ManagedUser): Promise<boolean> =>
    confirm({
      title: t(`organisation.users.actions.${action}`),
      text: t(`organisation.users.confirm.${action}`, { email: user.email }),
      confirmLabel: t(`organisation.users.actions.${action}`),
    });

  const doneText = (action: UserAction, user: ManagedUser): string => {
    const role = ROLE_AFTER[action];
    if (role) return t('organisation.users.done.roleChanged', { email: user.email, role: t(`organisation.roleInSentence.${role}`) });
    if (action === 'deactivate') return t('organisation.users.done.deactivated', { email: user.email });
    if (action === 'reactivate') return t('organisation.users.done.reactivated', { email: user.email });
    if (action === 'resetTwoFactor') return t('organisation.users.done.resetTwoFactor', { email: user.email });
    return t('organisation.users.done.confirmationSent', { email: user.email });
  };

  const clear = () => {
    setNotice(null);
    setError(null);
  };

  const run = async (action: UserAction, user: ManagedUser) => {
    if (needsConfirmation(action) && !(await confirmed(action, user))) return;
    setBusyUserId(user.id);
    clear();
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

  /** `dialog` is the confirmation, rendered by the page that uses these actions. */
  return { busyUserId, notice, error, feedbackRef, run, clear, dialog };
}
