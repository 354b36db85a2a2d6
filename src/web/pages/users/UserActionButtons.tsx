// The buttons of one user's row, each named with the user's address ("Deactiveren: jan@…"), so
// a screen reader user hears whom a button is for when tabbing through the table.
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types.ts';
import type { ManagedUser } from '../../api/users.ts';
import { Button } from '../../components/Button.tsx';
import { actionsFor, type UserAction } from './user-actions.ts';

interface UserActionButtonsProps {
  viewer: Role;
  user: ManagedUser;
  busy: boolean;
  onAction: (action: UserAction, user: ManagedUser) => void;
}

/**
 * Actions that turn into their opposite share a key, so the button stays the same element and
 * keeps the focus ("Deactiveren" becomes "Activeren" under the user's finger).
 */
function keyOf(action: UserAction): string {
  if (action === 'deactivate' || action === 'reactivate') return 'active';
  if (action === 'makeOwner' || action === 'makeStaff') return 'role';
  return action;
}

export function UserActionButtons({ viewer, user, busy, onAction }: UserActionButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className="nr-table-actions">
      {actionsFor(viewer, user).map((action) => {
        const label = t(`organisation.users.actions.${action}`);
        return (
          <Button
            key={keyOf(action)}
            appearance={action === 'deactivate' ? 'secondary-action' : 'subtle'}
            busy={busy}
            // Not `disabled`: a disabled button drops the focus, and it should stay put.
            aria-disabled={busy || undefined}
            aria-label={t('organisation.users.actions.named', { action: label, email: user.email })}
            onClick={() => {
              if (!busy) onAction(action, user);
            }}
          >
            {label}
          </Button>
        );
      })}
    </div>
  );
}
