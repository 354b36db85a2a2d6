// The per-person amount as the owner can check it: one line per rate, "3 persoonsnachten ×
// € 2,10 = € 6,30", rather than a sum that reads as a rate.
import type { TFunction } from 'i18next';
import type { TaxTotals } from '../../api/tax-returns.ts';
import type { DataListItem } from '../../components/DataList.tsx';
import { formatCount, formatMoney } from '../../tourist-tax/figures.ts';

/** The "Per persoon per nacht" item, or none when no night was charged per person. */
export function perPersonItems(t: TFunction, totals: TaxTotals): DataListItem[] {
  const rates = totals.perPersonRates ?? [];
  if (rates.length === 0) return [];
  const lines = rates.map((line) =>
    t('taxReturn.summary.rateLine', {
      count: line.personNights,
      nights: formatCount(line.personNights),
      rate: formatMoney(line.rateCents),
      amount: formatMoney(line.amountCents),
    }),
  );
  return [
    {
      key: 'perPerson',
      label: t('taxReturn.summary.perPerson'),
      value:
        lines.length === 1 ? (
          lines[0]
        ) : (
          <ul className="nr-tax-rate-lines">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ),
    },
  ];
}
