// "Aanwezig" in the register: the accommodation's own emergency list — in the house, leaving today,
// expected — the same list the municipality's inspector gets, with a button to print it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getPresence, type PresenceList } from '../../api/presence.ts';
import type { Stay } from '../../api/register.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PresenceGroups } from '../presence/PresenceGroups.tsx';
import { StaysTable } from './StaysTable.tsx';

export function PresentNow() {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<PresenceList<Stay> | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    getPresence()
      .then((list) => current && setAnswer(list))
      .catch((e: unknown) => current && setError(e));
    return () => {
      current = false;
    };
  }, []);
  if (error) return <ErrorAlert error={error} />;
  if (!answer) {
    return (
      <p className="utrecht-paragraph" role="status">
        {t('presence.loading')}
      </p>
    );
  }
  return (
    <section aria-label={t('presence.heading')}>
      <div className="nr-form-actions nr-no-print">
        <Button appearance="secondary-action" onClick={() => window.print()}>
          {t('presence.print')}
        </Button>
      </div>
      <PresenceGroups answer={answer} level={2} table={(stays, group) => <StaysTable stays={stays} withPresence caption={t(`presence.groups.${group}`)} />} />
    </section>
  );
}
