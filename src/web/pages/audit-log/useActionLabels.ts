// The readable name of each kind of audit event in the current language, for the filter's options
// and the table. The catalog keys are the action codes themselves (with dots), so the labels are
// read as one object instead of one dotted key each.
import { useTranslation } from 'react-i18next';
import type { SelectOption } from '../../components/SelectField.tsx';

export function useActionLabels(): { options: SelectOption[]; label: (action: string) => string } {
  const { t } = useTranslation();
  const labels: Readonly<Record<string, string | undefined>> = t('auditLog.actions', { returnObjects: true });
  return {
    options: Object.entries(labels).map(([value, label]) => ({ value, label: label ?? value })),
    // An action this version has no label for (an older or newer code) is shown as its code.
    label: (action) => labels[action] ?? action,
  };
}
