// The municipality's view of one period: every approved accommodation with its return (declared,
// including corrections) or, where none is in, what the register yields. No stay leaves the
// database for it: it sums person-nights and revenue per accommodation and rule segment, which
// computeTax turns into amounts, and the percentage (rounded per stay) per accommodation.
import { dutchToday } from '../../../../shared/register/dates.ts';
import type { MunicipalityTaxOverview, MunicipalityTaxRow, TaxRule, TaxTotals } from '../../../../shared/schemas/tourist-tax.ts';
import type { Db } from '../../../db/client.ts';
import type { TaxReturnRow } from '../../../db/schema.ts';
import type { Deps } from '../../../deps.ts';
import { computeTax, ruleSegments } from '../computation/compute-tax.ts';
import { computePeriod } from './owner-returns.ts';
import { deadlineOf, firstRuleFrom, lastDayOf, periodOfKind, returnExpected, statusOn, type Period } from '../periods.ts';
import {
  accommodationsOf,
  aggregatesForTax,
  forfaitUnitsOf,
  municipalityReturns,
  percentagesForTax,
  rulesOf,
  settingsOf,
  type SegmentGroup,
  type TaxedAccommodation,
} from '../repository.ts';

const kindKey = (a: { accommodationType: string; starRating: number | null }) => `${a.accommodationType}|${a.starRating ?? 0}`;

/** The register's tax of each accommodation for the period. */
export async function computeMunicipalityTotals(
  db: Db,
  accommodations: readonly TaxedAccommodation[],
  rules: readonly TaxRule[],
  period: Period,
): Promise<Map<string, TaxTotals>> {
  const groups = new Map<string, SegmentGroup>();
  for (const a of accommodations) {
    if (!groups.has(kindKey(a)))
      groups.set(kindKey(a), { accommodationType: a.accommodationType, starRating: a.starRating, segments: ruleSegments(period, a, rules) });
  }
  const totals = new Map<string, TaxTotals>();
  const municipalityId = accommodations[0]?.municipalityId;
  if (!municipalityId) return totals;
  const kinds = [...groups.values()];
  const aggregates = await aggregatesForTax(db, municipalityId, period, kinds);
  const percentages = await percentagesForTax(db, municipalityId, period, kinds);
  for (const a of accommodations) {
    const computed = computeTax({ period, accommodation: a, rules, stays: aggregates.get(a.id) ?? [] }).totals;
    const percentage = percentages.get(a.id);
    if (percentage) {
      computed.percentageCents += percentage.percentageCents;
      computed.computedCents += percentage.percentageCents;
      computed.staysWithoutPrice += percentage.staysWithoutPrice;
    }
    totals.set(a.id, computed);
  }
  // An accommodation with jaarplaatsen or seizoensplaatsen is computed stay by stay, as its owner's
  // return is: the sums above know no units, so they would tax its forfait nights per person too.
  const forfaitUnits = await forfaitUnitsOf(
    db,
    accommodations.map((a) => a.id),
  );
  for (const a of accommodations) {
    if (forfaitUnits.has(a.id)) totals.set(a.id, (await computePeriod(db, a, rules, period)).totals);
  }
  return totals;
}

function row(a: TaxedAccommodation, status: MunicipalityTaxRow['status'], own: TaxReturnRow[], computed: TaxTotals | undefined): MunicipalityTaxRow {
  const latest = own[0];
  const totals = latest?.totals ?? computed;
  return {
    accommodationId: a.id,
    companyName: a.companyName,
    accommodationType: a.accommodationType,
    status,
    corrected: own.length > 1,
    returnNumber: own.at(-1)?.number ?? null,
    returnId: latest?.id ?? null,
    submittedAt: latest ? latest.submittedAt.toISOString() : null,
    nights: totals?.nights ?? 0,
    personNights: totals?.personNights ?? 0,
    taxablePersonNights: totals?.taxablePersonNights ?? 0,
    revenueCents: totals?.revenueCents ?? 0,
    amountDueCents: latest ? latest.totalCents : (computed?.computedCents ?? 0),
    declared: latest !== undefined,
  };
}

export interface PeriodEntry {
  accommodation: TaxedAccommodation;
  row: MunicipalityTaxRow;
  /** The period's submissions, latest first. */
  returns: TaxReturnRow[];
  totals: TaxTotals | undefined;
}

/** Every approved accommodation of the municipality of which the period asks a return, with its returns or computed tax. */
export async function collectPeriod(deps: Deps, municipalityId: string, key: string) {
  const settings = await settingsOf(deps.db, municipalityId);
  const period = periodOfKind(key, settings.period);
  const deadline = deadlineOf(period, settings.deadlineDays);
  const today = dutchToday(deps.clock.now());
  const [accommodations, rules, returns] = [
    await accommodationsOf(deps.db, municipalityId),
    await rulesOf(deps.db, municipalityId),
    await municipalityReturns(deps.db, municipalityId, period.key),
  ];
  const byAccommodation = new Map<string, TaxReturnRow[]>();
  for (const r of returns) byAccommodation.set(r.accommodationId, [...(byAccommodation.get(r.accommodationId) ?? []), r]);
  const open = accommodations.filter((a) => !byAccommodation.has(a.id));
  const computed = await computeMunicipalityTotals(deps.db, open, rules, period);
  const first = firstRuleFrom(rules);
  const entries: PeriodEntry[] = [];
  for (const a of accommodations) {
    const own = byAccommodation.get(a.id) ?? [];
    const totals = own[0]?.totals ?? computed.get(a.id);
    const expected = await returnExpected(period, {
      firstRuleFrom: first,
      registeredOn: dutchToday(a.createdAt),
      hasStays: async () => (totals?.personNights ?? 0) > 0,
    });
    if (own.length === 0 && !expected) continue;
    entries.push({ accommodation: a, returns: own, totals, row: row(a, statusOn(today, period, deadline, own.length > 0), own, computed.get(a.id)) });
  }
  return { settings, period, deadline, entries };
}

export async function municipalityOverview(deps: Deps, municipalityId: string, key: string): Promise<MunicipalityTaxOverview> {
  const { period, deadline, entries } = await collectPeriod(deps, municipalityId, key);
  const rows = entries.map((e) => e.row);
  const sum = (f: (r: MunicipalityTaxRow) => number) => rows.reduce((t, r) => t + f(r), 0);
  return {
    period: period.key,
    from: period.from,
    to: lastDayOf(period),
    deadline,
    rows,
    totals: {
      accommodations: rows.length,
      submitted: rows.filter((r) => r.declared).length,
      overdue: rows.filter((r) => r.status === 'overdue').length,
      corrected: rows.filter((r) => r.corrected).length,
      declaredCents: sum((r) => (r.declared ? r.amountDueCents : 0)),
      computedOpenCents: sum((r) => (r.declared ? 0 : r.amountDueCents)),
      personNights: sum((r) => r.personNights),
      taxablePersonNights: sum((r) => r.taxablePersonNights),
    },
  };
}
