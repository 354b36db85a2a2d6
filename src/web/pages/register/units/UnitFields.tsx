// The fields of a room or pitch: "Naam", "Soort", "Capaciteit (personen)", "Exclusief", "Actief",
// and for the tourist tax "Forfait toeristenbelasting" (jaarplaats, seizoensplaats) with the owner's
// choice of "Werkelijke nachten" (decision 0013).
// The ids carry a prefix, so the add form and an edit form can be on the page together.
import { useTranslation } from 'react-i18next';
import { UNIT_FORFAIT_KINDS, UNIT_KINDS } from '../../../../shared/schemas/register.ts';
import { CheckboxField } from '../../../components/CheckboxField.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';

export function UnitFields({ idPrefix }: { idPrefix: string }) {
  const { t } = useTranslation();
  const kinds = UNIT_KINDS.map((value) => ({ value, label: t(`nightRegister.units.kinds.${value}`) }));
  const forfaitKinds = UNIT_FORFAIT_KINDS.filter((v) => v !== 'none').map((value) => ({ value, label: t(`nightRegister.units.forfaitKinds.${value}`) }));
  return (
    <>
      <TextField
        name="name"
        id={`${idPrefix}-name`}
        label={t('nightRegister.units.name')}
        description={t('nightRegister.units.nameDescription')}
        autoComplete="off"
        width="md"
        required
      />
      <SelectField
        name="kind"
        id={`${idPrefix}-kind`}
        label={t('nightRegister.units.kind')}
        placeholder={t('nightRegister.units.kindPlaceholder')}
        options={kinds}
        required
      />
      <TextField
        name="capacity"
        id={`${idPrefix}-capacity`}
        label={t('nightRegister.units.capacity')}
        inputMode="numeric"
        autoComplete="off"
        width="xs"
        required
      />
      <CheckboxField
        name="exclusive"
        id={`${idPrefix}-exclusive`}
        label={t('nightRegister.units.exclusive')}
        description={t('nightRegister.units.exclusiveDescription')}
      />
      <CheckboxField name="active" id={`${idPrefix}-active`} label={t('nightRegister.units.active')} description={t('nightRegister.units.activeDescription')} />
      <SelectField
        name="forfaitKind"
        id={`${idPrefix}-forfaitKind`}
        label={t('nightRegister.units.forfaitKind')}
        description={t('nightRegister.units.forfaitKindDescription')}
        placeholder={t('nightRegister.units.forfaitKinds.none')}
        options={forfaitKinds}
      />
      <CheckboxField
        name="actualNights"
        id={`${idPrefix}-actualNights`}
        label={t('nightRegister.units.actualNights')}
        description={t('nightRegister.units.actualNightsDescription')}
      />
    </>
  );
}
