// "Kamers en plaatsen" (/app/kamers): the accommodation's rooms, pitches and other units. The
// owner adds and changes them; staff may look at the list (a unit that has been used is set
// inactive rather than removed, so the register keeps pointing at it). When the active units
// hold more persons than the accommodation's "Aantal slaapplekken", a warning says so: either
// number may be out of date, so it does not stop anything.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addUnit, listUnitsWithBeds, updateUnit, type Unit } from '../../../api/register.ts';
import { Alert } from '../../../components/Alert.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PageHeading } from '../../../components/Heading.tsx';
import { Paragraph } from '../../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.ts';
import { useCurrentSession } from '../../../session/useCurrentSession.ts';
import '../../../theme/portal.css';
import { useRemote } from '../../../hooks/useRemote.ts';
import { EntrepreneursOnly } from '../EntrepreneursOnly.tsx';
import { emptyUnitValues, unitValues } from './unit-form.ts';
import { UnitForm } from './UnitForm.tsx';
import { editButtonId, UnitsTable } from './UnitsTable.tsx';

function CapacityWarning({ units, beds }: { units: readonly Unit[]; beds: number | null }) {
  const { t } = useTranslation();
  const capacity = units.filter((unit) => unit.active).reduce((sum, unit) => sum + unit.capacity, 0);
  if (beds === null || capacity <= beds) return null;
  return (
    <Alert type="warning">
      <Paragraph>{t('nightRegister.units.overCapacity', { count: beds, capacity })}</Paragraph>
    </Alert>
  );
}

function UnitsContent() {
  const { t } = useTranslation();
  useDocumentTitle(t('nightRegister.units.title'));
  const { user } = useCurrentSession();
  const isOwner = user.role === 'owner';
  const load = useCallback(() => listUnitsWithBeds(), []);
  const { state: loaded, reload } = useRemote(load);
  const state = loaded.status === 'loaded' ? { ...loaded, data: loaded.data.units } : loaded;
  const [editing, setEditing] = useState<Unit | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const clearNotice = useCallback(() => setNotice(null), []);

  const stopEditing = (id: string) => {
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(editButtonId(id))?.focus());
  };
  const onAdded = (unit: Unit) => {
    setNotice(t('nightRegister.units.added', { name: unit.name }));
    void reload();
  };
  const onSaved = (unit: Unit) => {
    setNotice(t('nightRegister.units.saved', { name: unit.name }));
    void reload().then(() => stopEditing(unit.id));
  };

  return (
    <>
      <PageHeading>{t('nightRegister.units.heading')}</PageHeading>
      <Paragraph>{t('nightRegister.units.intro')}</Paragraph>
      {!isOwner && <Paragraph>{t('nightRegister.units.ownerOnly')}</Paragraph>}
      {notice && (
        <Alert type="ok">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      {loaded.status === 'loaded' && <CapacityWarning units={loaded.data.units} beds={loaded.data.beds} />}
      {state.status === 'loading' && <Paragraph>{t('app.loading')}</Paragraph>}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'loaded' && state.data.length === 0 && <Paragraph>{t('nightRegister.units.empty')}</Paragraph>}
      {state.status === 'loaded' && state.data.length > 0 && (
        <UnitsTable
          units={state.data}
          onEdit={
            isOwner
              ? (unit) => {
                  setNotice(null);
                  setEditing(unit);
                }
              : undefined
          }
        />
      )}
      {isOwner && editing && (
        <UnitForm
          key={editing.id}
          heading={t('nightRegister.units.editHeading', { name: editing.name })}
          headingId="edit-unit-heading"
          idPrefix="edit-unit"
          defaultValues={unitValues(editing)}
          submitLabel={t('common.save')}
          save={(values) => updateUnit(editing.id, values)}
          onSaved={onSaved}
          onCancel={() => stopEditing(editing.id)}
          focusOnMount
        />
      )}
      {isOwner && (
        <UnitForm
          heading={t('nightRegister.units.addHeading')}
          headingId="add-unit-heading"
          idPrefix="add-unit"
          defaultValues={emptyUnitValues}
          submitLabel={t('nightRegister.units.add')}
          save={addUnit}
          onSaved={onAdded}
          onAttempt={clearNotice}
          resetAfterSave
        />
      )}
    </>
  );
}

export function UnitsPage() {
  return (
    <EntrepreneursOnly>
      <UnitsContent />
    </EntrepreneursOnly>
  );
}
