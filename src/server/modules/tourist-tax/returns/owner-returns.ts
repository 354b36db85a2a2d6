// The owner's returns: the periods of a year with where each stands, one period computed from the
// register (with the submissions and a correction proposal when stays changed afterwards), and
// submitting a return or a correctie-aangifte, locked and numbered, confirmed by email.
import { isDeepStrictEqual } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { dutchToday } from '../../../../shared/register/dates.ts';
import type { SubmittedTaxReturn, TaxPeriodSummary, TaxReturnSubmission, TaxReturnView, TaxRule } from '../../../../shared/schemas/tourist-tax.ts';
import { accommodations, municipalities, taxReturns, users, type TaxReturnRow } from '../../../db/schema.ts';
import type { Db } from '../../../db/client.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { AppError, fieldError, notFound } from '../../../platform/errors.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { taxReturnSubmittedMail } from '../../../platform/mail/templates.ts';
import { appliedRules, computeTax, type TaxComputation } from '../computation/compute-tax.ts';
import { deadlineOf, firstRuleFrom, lastDayOf, periodOfKind, periodsOfYear, returnExpected, statusOn, type Period } from '../periods.ts';
import { periodLabel } from '../period-label.ts';
import { hasDefinitiveAssessment } from '../assessments/owner-assessments.ts';
import {
  findTaxedAccommodation,
  forfaitUnitsOf,
  hasRegisteredStays,
  returnsOf,
  rulesOf,
  settingsOf,
  staysChangedSince,
  staysForTax,
  type TaxedAccommodation,
} from '../repository.ts';

export interface TaxOwner {
  userId: string;
  accommodationId: string;
}

/** The ages the rules exempt below, so the stays' known ages can be counted against them. */
function ageThresholds(rules: readonly TaxRule[]): number[] {
  return [...new Set(rules.flatMap((r) => (r.exemptUnderAge === null ? [] : [r.exemptUnderAge])))];
}

/** The period's tax from the register: its stays and the units marked as forfait units. */
export async function computePeriod(db: Db, accommodation: TaxedAccommodation, rules: readonly TaxRule[], period: Period): Promise<TaxComputation> {
  const stays = await staysForTax(db, accommodation.id, period, ageThresholds(rules));
  const forfaitUnits = (await forfaitUnitsOf(db, [accommodation.id])).get(accommodation.id) ?? [];
  return computeTax({ period, accommodation, rules, stays, forfaitUnits });
}

export function submissionView(row: TaxReturnRow, submittedBy: string | null): SubmittedTaxReturn {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    submittedAt: row.submittedAt.toISOString(),
    submittedBy,
    totals: row.totals,
    correctionCents: row.correctionCents,
    correctionReason: row.correctionReason,
    platformDeductionCents: row.platformDeductionCents,
    platformReference: row.platformReference,
    seasonalPitches: row.seasonalPitches,
    amountDueCents: row.amountDueCents,
    previousTotalCents: row.kind === 'correction' ? row.totalCents - row.amountDueCents : null,
  };
}

async function context(deps: Deps, owner: TaxOwner) {
  const accommodation = await findTaxedAccommodation(deps.db, owner.accommodationId);
  if (!accommodation) throw notFound();
  const settings = await settingsOf(deps.db, accommodation.municipalityId);
  const rules = await rulesOf(deps.db, accommodation.municipalityId);
  return { accommodation, settings, rules, today: dutchToday(deps.clock.now()) };
}

function summary(period: Period, deadlineDays: number, today: string, submitted: TaxReturnRow[], correctionProposed: boolean): TaxPeriodSummary {
  const latest = submitted.at(-1);
  const deadline = deadlineOf(period, deadlineDays);
  return {
    period: period.key,
    from: period.from,
    to: lastDayOf(period),
    deadline,
    status: statusOn(today, period, deadline, latest !== undefined),
    declaredCents: latest ? latest.totalCents : null,
    returnNumber: submitted[0]?.number ?? null,
    corrections: Math.max(0, submitted.length - 1),
    correctionProposed,
  };
}

/** Whether the register now yields another total than the latest submission declared. */
async function correctionProposed(
  db: Db,
  accommodation: TaxedAccommodation,
  rules: TaxRule[],
  period: Period,
  latest: TaxReturnRow | undefined,
): Promise<boolean> {
  if (!latest || !(await staysChangedSince(db, accommodation.id, period, latest.submittedAt))) return false;
  const now = await computePeriod(db, accommodation, rules, period);
  return now.totals.computedCents !== latest.totals.computedCents;
}

/**
 * A period that asks no return of the accommodation (before it was in Nachtregister, without stays
 * of its own) and has none submitted is not there to open or submit: the same 404 as an unknown one.
 */
async function assertAsksReturn(
  db: Db,
  accommodation: TaxedAccommodation,
  rules: TaxRule[],
  period: Period,
  submitted: readonly TaxReturnRow[],
): Promise<void> {
  if (submitted.length === 0 && !(await expected(db, accommodation, rules, period))) throw notFound();
}

function expected(db: Db, accommodation: TaxedAccommodation, rules: TaxRule[], period: Period): Promise<boolean> {
  return returnExpected(period, {
    firstRuleFrom: firstRuleFrom(rules),
    registeredOn: dutchToday(accommodation.createdAt),
    hasStays: () => hasRegisteredStays(db, accommodation.id, period),
  });
}

export async function listOwnPeriods(
  deps: Deps,
  owner: TaxOwner,
  year: number,
): Promise<{ settings: { period: string; deadlineDays: number } | null; periods: TaxPeriodSummary[] }> {
  const { accommodation, settings, rules, today } = await context(deps, owner);
  if (rules.length === 0) return { settings: null, periods: [] };
  const ofYear = periodsOfYear(year, settings.period).filter((p) => p.from <= today);
  const submitted = await returnsOf(
    deps.db,
    accommodation.id,
    ofYear.map((p) => p.key),
  );
  const periods: Period[] = [];
  for (const p of ofYear) {
    // A submitted return is always listed, also for a period that would not ask one now.
    if (submitted.some((r) => r.period === p.key) || (await expected(deps.db, accommodation, rules, p))) periods.push(p);
  }
  const result: TaxPeriodSummary[] = [];
  for (const period of periods.reverse()) {
    const own = submitted.filter((r) => r.period === period.key);
    const proposed = await correctionProposed(deps.db, accommodation, rules, period, own.at(-1));
    result.push(summary(period, settings.deadlineDays, today, own, proposed));
  }
  return { settings: { period: settings.period, deadlineDays: settings.deadlineDays }, periods: result };
}

async function submitterNames(db: Db, rows: TaxReturnRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.submittedBy ? [r.submittedBy] : [])))];
  const names = new Map<string, string>();
  for (const id of ids) {
    const [u] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, id));
    if (u) names.set(id, u.name ?? u.email);
  }
  return names;
}

export async function viewOwnReturn(deps: Deps, owner: TaxOwner, key: string): Promise<TaxReturnView> {
  const { accommodation, settings, rules, today } = await context(deps, owner);
  if (rules.length === 0) throw new AppError('TAX_NOT_CONFIGURED');
  const period = periodOfKind(key, settings.period);
  const submitted = await returnsOf(deps.db, accommodation.id, [period.key]);
  await assertAsksReturn(deps.db, accommodation, rules, period, submitted);
  const latest = submitted.at(-1);
  const computation = await computePeriod(deps.db, accommodation, rules, period);
  const proposed = latest ? computation.totals.computedCents + latest.correctionCents - latest.platformDeductionCents - latest.totalCents : null;
  const names = await submitterNames(deps.db, submitted);
  return {
    ...summary(period, settings.deadlineDays, today, submitted, proposed !== null && computation.totals.computedCents !== latest?.totals.computedCents),
    accommodation: {
      id: accommodation.id,
      companyName: accommodation.companyName,
      accommodationType: accommodation.accommodationType,
      starRating: accommodation.starRating,
    },
    municipality: settings.name,
    totals: computation.totals,
    lines: computation.lines,
    rules: appliedRules(period, accommodation, rules),
    submissions: submitted.map((r) => submissionView(r, r.submittedBy ? (names.get(r.submittedBy) ?? null) : null)),
    proposedCorrectionCents: proposed,
  };
}

/**
 * Submits the period's return, or a correctie-aangifte when one was submitted before: the register
 * is computed again inside the transaction that numbers and stores it, so what is locked is
 * exactly what the register said at that moment.
 */
export async function submitReturn(deps: Deps, owner: TaxOwner, key: string, input: TaxReturnSubmission, meta: RequestMeta): Promise<SubmittedTaxReturn> {
  const { accommodation, settings, rules, today } = await context(deps, owner);
  if (rules.length === 0) throw new AppError('TAX_NOT_CONFIGURED');
  const period = periodOfKind(key, settings.period);
  if (today < period.to) throw new AppError('TAX_PERIOD_NOT_ENDED');
  const submission = await deps.db.transaction(async (tx) => {
    // One submission of an accommodation at a time: the sequence of its returns stays gapless.
    await tx.select({ id: accommodations.id }).from(accommodations).where(eq(accommodations.id, accommodation.id)).for('update');
    const before = await returnsOf(tx, accommodation.id, [period.key]);
    await assertAsksReturn(tx, accommodation, rules, period, before);
    const previous = before.at(-1);
    const computation = await computePeriod(tx, accommodation, rules, period);
    const gross = computation.totals.computedCents + input.correctionCents;
    if (gross < 0) throw fieldError('correctionCents', 'AMOUNT_INVALID');
    if (input.platformDeductionCents > gross) throw fieldError('platformDeductionCents', 'PLATFORM_DEDUCTION_TOO_HIGH');
    const total = gross - input.platformDeductionCents;
    if (previous && total === previous.totalCents && isDeepStrictEqual(computation.totals, previous.totals)) {
      throw new AppError('TAX_RETURN_UNCHANGED');
    }
    // After a definitive aanslag a lower amount is a request for ambtshalve vermindering (AWR
    // art. 65), not a negative correctie-aangifte; a higher one stays a correctie-aangifte.
    if (previous && total < previous.totalCents && (await hasDefinitiveAssessment(tx, accommodation.id, period))) {
      throw new AppError('TAX_ASSESSMENT_DEFINITIVE');
    }
    const [numbered] = await tx
      .update(municipalities)
      .set({ lastTaxReturnNumber: sql`${municipalities.lastTaxReturnNumber} + 1` })
      .where(eq(municipalities.id, accommodation.municipalityId))
      .returning({ n: municipalities.lastTaxReturnNumber });
    if (!numbered) throw notFound();
    const [stored] = await tx
      .insert(taxReturns)
      .values({
        number: `TB-${settings.cbsCode}-${String(numbered.n).padStart(6, '0')}`,
        accommodationId: accommodation.id,
        municipalityId: accommodation.municipalityId,
        period: period.key,
        periodStart: period.from,
        periodEnd: lastDayOf(period),
        kind: previous ? 'correction' : 'return',
        sequence: before.length,
        totals: computation.totals,
        lines: computation.lines,
        rules: appliedRules(period, accommodation, rules),
        correctionCents: input.correctionCents,
        correctionReason: input.correctionReason,
        platformDeductionCents: input.platformDeductionCents,
        platformReference: input.platformReference,
        totalCents: total,
        amountDueCents: total - (previous?.totalCents ?? 0),
        submittedAt: deps.clock.now(),
        submittedBy: owner.userId,
      })
      .returning();
    if (!stored) throw new Error('tax return not stored');
    await recordAudit(tx, {
      action: 'tax.return_submitted',
      occurredAt: deps.clock.now(),
      actorUserId: owner.userId,
      accommodationId: accommodation.id,
      municipalityId: accommodation.municipalityId,
      ip: meta.ip,
      details: { number: stored.number, period: period.key, kind: stored.kind, totalCents: total, amountDueCents: stored.amountDueCents },
    });
    const [submitter] = await tx.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, owner.userId));
    if (submitter) {
      await sendMail(
        tx,
        deps.cipher,
        taxReturnSubmittedMail(submitter.email, {
          number: stored.number,
          kind: stored.kind,
          company: accommodation.companyName,
          period: periodLabel(period.key),
          totalCents: total,
          amountDueCents: stored.amountDueCents,
          url: `${deps.config.publicUrl}/app/aangifte/${period.key}`,
        }),
      );
    }
    return submissionView(stored, submitter ? (submitter.name ?? submitter.email) : null);
  });
  deps.jobs.kick();
  return submission;
}
