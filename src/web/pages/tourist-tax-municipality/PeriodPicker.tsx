// The period and year pickers of "Aangiften", "Aanslagen" and "Statistieken": a small form whose "Tonen"
// hands the choice to the page, which puts it in the address (so a period can be bookmarked and
// the back button works). The forms have no name of their own: "Jaar kiezen" would make
// "Jaar" ambiguous for anyone finding the field by its label. Nothing loads while a select changes: a screen-reader user moving
// through the options is not interrupted.
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { TaxPeriodKind } from '../../../shared/schemas/tourist-tax.ts';
import { getTaxConfiguration } from '../../api/tax-municipality.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormField } from '../../components/FormField.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { kindOfPeriod, lastEndedPeriod, parsePeriod, periodKey, periodParts, QUARTERS, recentYears } from '../../tourist-tax/period.ts';
import { monthName } from '../../tourist-tax/usePeriodLabel.ts';

interface Option {
  value: string;
  label: string;
}

function ChoiceField({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}) {
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
      <ChoiceField
        id="tax-statistics-year"
        label={t('taxMunicipality.statistics.year')}
        value={chosen}
        options={yearOptions(Number(chosen))}
        onChange={setChosen}
      />
      <Button type="submit" appearance="secondary-action">
        {t('taxMunicipality.statistics.show')}
      </Button>
    </form>
  );
}

const PERIOD_PARAM = 'periode';

/**
 * A tab over one return period ("Aangiften", "Aanslagen"): the period from the address, or the
 * last ended one, with its picker above what the tab shows of it.
 */
export function ChosenPeriod({ path, children }: { path: string; children: (period: string) => ReactNode }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [kind, setKind] = useState<TaxPeriodKind | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    getTaxConfiguration().then(({ settings }) => setKind(settings.period), setError);
  }, []);

  if (error) return <ErrorAlert error={error} />;
  if (!kind) return <Paragraph>{t('taxMunicipality.loading')}</Paragraph>;
  // A period of another kind (an old bookmark, after the municipality changed its period) falls
  // back to the default rather than asking the server for a period that does not exist.
  const asked = params.get(PERIOD_PARAM) ?? '';
  const period = kindOfPeriod(asked) === kind ? asked : lastEndedPeriod(kind);
  return (
    <>
      <PeriodPicker
        key={`${kind}:${period}`}
        kind={kind}
        period={period}
        onChoose={(chosen) => navigate(`${path}?${PERIOD_PARAM}=${encodeURIComponent(chosen)}`)}
      />
      {children(period)}
    </>
  );
}
