// The period and year pickers of "Aangiften" and "Statistieken": a small form whose "Tonen"
// hands the choice to the page, which puts it in the address (so a period can be bookmarked and
// the back button works). The forms have no name of their own: "Jaar kiezen" would make
// "Jaar" ambiguous for anyone finding the field by its label. Nothing loads while a select changes: a screen-reader user moving
// through the options is not interrupted.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaxPeriodKind } from '../../../shared/schemas/tourist-tax.ts';
import { Button } from '../../components/Button.tsx';
import { FormField } from '../../components/FormField.tsx';
import { parsePeriod, periodKey, periodParts, QUARTERS, recentYears } from '../../tourist-tax/period.ts';
import { monthName } from '../../tourist-tax/usePeriodLabel.ts';

interface Option {
  value: string;
  label: string;
}

function ChoiceField({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: readonly Option[]; onChange: (value: string) => void }) {
  return (
    <FormField id={id} label={label}>
      {(aria) => (
        <select {...aria} value={value} onChange={(event) => onChange(event.target.value)} className="utrecht-select utrecht-select--html-select">
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** The years offered, with the chosen one included even when it lies further back. */
function yearOptions(chosen: number): Option[] {
  const years = recentYears(10);
  if (!years.includes(chosen)) years.push(chosen);
  return years.map((year) => ({ value: String(year), label: String(year) }));
}

function submitted(event: FormEvent<HTMLFormElement>, then: () => void) {
  event.preventDefault();
  then();
}

export function PeriodPicker({ kind, period, onChoose }: { kind: TaxPeriodKind; period: string; onChoose: (period: string) => void }) {
  const { t, i18n } = useTranslation();
  const initial = parsePeriod(period);
  const [year, setYear] = useState(String(initial?.year ?? new Date().getFullYear()));
  const [part, setPart] = useState(initial?.part ?? '');
  const partOptions =
    kind === 'quarter'
      ? QUARTERS.map((value) => ({ value, label: t(`taxMunicipality.returns.quarters.${value}`) }))
      : periodParts(kind).map((value) => ({ value, label: monthName(Number(value), i18n.language) }));
  return (
    <form className="nr-filter-form nr-tax-picker" onSubmit={(event) => submitted(event, () => onChoose(periodKey({ year: Number(year), part })))}>
      <ChoiceField id="tax-period-year" label={t('taxMunicipality.returns.year')} value={year} options={yearOptions(Number(year))} onChange={setYear} />
      {kind !== 'year' && (
        <ChoiceField
          id="tax-period-part"
          label={kind === 'quarter' ? t('taxMunicipality.returns.quarter') : t('taxMunicipality.returns.month')}
          value={part}
          options={partOptions}
          onChange={setPart}
        />
      )}
      <Button type="submit" appearance="secondary-action">
        {t('taxMunicipality.returns.show')}
      </Button>
    </form>
  );
}

export function YearPicker({ year, onChoose }: { year: number; onChoose: (year: number) => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(String(year));
  return (
    <form className="nr-filter-form nr-tax-picker" onSubmit={(event) => submitted(event, () => onChoose(Number(chosen)))}>
      <ChoiceField id="tax-statistics-year" label={t('taxMunicipality.statistics.year')} value={chosen} options={yearOptions(Number(chosen))} onChange={setChosen} />
      <Button type="submit" appearance="secondary-action">
        {t('taxMunicipality.statistics.show')}
      </Button>
    </form>
  );
}
