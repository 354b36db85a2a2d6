// The rooms and pitches with their kind, capacity and whether they are exclusive and active; the
// owner has "Wijzigen" per row.
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../api/register.ts';
import { Button } from '../../../components/Button.tsx';
import { DataTable } from '../../../components/DataTable.tsx';

interface UnitsTableProps {
  units: readonly Unit[];
  /** Absent for staff, who may only read the list. */
  onEdit?: (unit: Unit) => void;
}

export function editButtonId(unitId: string): string {
  return `edit-unit-${unitId}`;
}

export function UnitsTable({ units, onEdit }: UnitsTableProps) {
  const { t } = useTranslation();
  const yesNo = (value: boolean) => (value ? t('nightRegister.units.yes') : t('nightRegister.units.no'));
  const column = (key: 'name' | 'kind' | 'capacity' | 'exclusive' | 'active' | 'forfait' | 'actions') => t(`nightRegister.units.columns.${key}`);
  return (
    <DataTable
      caption={t('nightRegister.units.caption')}
      columns={[column('name'), column('kind'), column('capacity'), column('exclusive'), column('active'), column('forfait'), !!onEdit && column('actions')]}
    >
      {units.map((unit) => (
        <tr key={unit.id} className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="row">
            {unit.name}
          </th>
          <td className="utrecht-table__cell">{t(`nightRegister.units.kinds.${unit.kind}`)}</td>
          <td className="utrecht-table__cell">{t('nightRegister.units.persons', { count: unit.capacity })}</td>
          <td className="utrecht-table__cell">{yesNo(unit.exclusive)}</td>
          <td className="utrecht-table__cell">{yesNo(unit.active)}</td>
          <td className="utrecht-table__cell">
            {t(`nightRegister.units.forfaitKinds.${unit.forfaitKind}`)}
            {unit.forfaitKind !== 'none' && unit.actualNights ? ` (${t('nightRegister.units.actualNights').toLowerCase()})` : ''}
          </td>
          {onEdit && (
            <td className="utrecht-table__cell">
              <Button id={editButtonId(unit.id)} onClick={() => onEdit(unit)} aria-label={t('nightRegister.units.editLabel', { name: unit.name })}>
                {t('nightRegister.units.edit')}
              </Button>
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
