// What someone who looks after accounts may do to one user, and how each action is carried out.
// The server decides in the end (reach, last owner, oneself); this only offers what makes sense.
import { changeUserRole, deactivateUser, reactivateUser, resendConfirmationEmail, resetUserTwoFactor, type ManagedUser } from '../../api/users.ts';
import type { Role } from '../../api/types.ts';

export type UserAction = 'makeOwner' | 'makeStaff' | 'deactivate' | 'reactivate' | 'resetTwoFactor' | 'resendConfirmation';

/** Actions that take something away or hand out rights: asked to confirm first. */
export type ConfirmedAction = Extract<UserAction, 'makeOwner' | 'makeStaff' | 'deactivate' | 'resetTwoFactor'>;

const CONFIRMED: readonly UserAction[] = ['makeOwner', 'makeStaff', 'deactivate', 'resetTwoFactor'];

export function needsConfirmation(action: UserAction): action is ConfirmedAction {
  return CONFIRMED.includes(action);
}

export function actionsFor(viewer: Role, user: ManagedUser): UserAction[] {
  const actions: UserAction[] = [];
  // Roles within an accommodation are the owner's business (and the admin's, for help).
  if (viewer === 'owner' || viewer === 'admin') {
    if (user.role === 'staff') actions.push('makeOwner');
    if (user.role === 'owner') actions.push('makeStaff');
  }
  if (!user.emailConfirmed && user.active) actions.push('resendConfirmation');
  if (user.twoFactorEnabled) actions.push('resetTwoFactor');
  actions.push(user.active ? 'deactivate' : 'reactivate');
  return actions;
}

export async function perform(action: UserAction, user: ManagedUser): Promise<void> {
  switch (action) {
    case 'makeOwner':
      await changeUserRole(user.id, 'owner');
      return;
    case 'makeStaff':
      await changeUserRole(user.id, 'staff');
      return;
    case 'deactivate':
      return deactivateUser(user.id);
    case 'reactivate':
      return reactivateUser(user.id);
    case 'resetTwoFactor':
      return resetUserTwoFactor(user.id);
    case 'resendConfirmation':
      return resendConfirmationEmail(user.id);
  }
}
