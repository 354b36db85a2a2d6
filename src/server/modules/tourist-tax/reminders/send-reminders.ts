// The daily task that reminds owners of a return before its deadline and tells them once it is
// overdue. Each notice is sent once per accommodation, period and kind (tax_notices), in the
// same transaction that records it, so a crash or a second instance never sends it twice.
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { addDays } from '../../../../shared/register/dates.ts';
import { queryRows } from '../../../db/client.ts';
import { accommodationMembers, taxNotices, users } from '../../../db/schema.ts';
import type { Deps } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { taxReturnNoticeMail } from '../../../platform/mail/templates.ts';
import { periodLabel } from '../period-label.ts';
import { deadlineOf, periodContaining, returnExpected } from '../periods.ts';
import { hasRegisteredStays } from '../repository.ts';

/** Days before the deadline on which the reminder goes out. */
export const REMINDER_DAYS = 7;

interface Candidate {
  accommodation_id: string;
  municipality_id: string;
  company_name: string;
  tax_period: 'month' | 'quarter' | 'year';
  tax_deadline_days: number;
  registered_on: string;
  first_rule_from: string;
}

export async function sendTaxReminders(deps: Deps, today: string): Promise<{ reminders: number; overdue: number }> {
  // Approved accommodations of municipalities that levy the tax.
  const candidates = await queryRows<Candidate>(
    deps.db,
    sql`SELECT a.id AS accommodation_id, a.municipality_id, a.company_name, m.tax_period, m.tax_deadline_days,
               (a.created_at AT TIME ZONE 'Europe/Amsterdam')::date::text AS registered_on, r.first_rule_from
        FROM accommodations a JOIN municipalities m ON m.id = a.municipality_id
        JOIN (SELECT municipality_id, min(valid_from)::text AS first_rule_from FROM tax_rules GROUP BY municipality_id) r ON r.municipality_id = m.id
        WHERE a.status = 'approved' AND m.active`,
  );
  const sent = { reminders: 0, overdue: 0 };
  for (const c of candidates) {
    // The latest period that has ended.
    const period = periodContaining(addDays(periodContaining(today, c.tax_period).from, -1), c.tax_period);
    const deadline = deadlineOf(period, c.tax_deadline_days);
    const kind = today > deadline ? 'overdue' : addDays(deadline, -REMINDER_DAYS) <= today ? 'reminder' : null;
    if (!kind) continue;
    const facts = { firstRuleFrom: c.first_rule_from, registeredOn: c.registered_on, hasStays: () => hasRegisteredStays(deps.db, c.accommodation_id, period) };
    if (!(await returnExpected(period, facts))) continue;
    const delivered = await deps.db.transaction(async (tx) => {
      const [submitted] = await queryRows<{ one: number }>(
        tx,
        sql`SELECT 1 AS one FROM tax_returns WHERE accommodation_id = ${c.accommodation_id} AND period = ${period.key} LIMIT 1`,
      );
      if (submitted) return false;
      const claimed = await tx
        .insert(taxNotices)
        .values({ accommodationId: c.accommodation_id, period: period.key, kind, sentAt: deps.clock.now() })
        .onConflictDoNothing()
        .returning({ kind: taxNotices.kind });
      if (claimed.length === 0) return false;
      const owners = await tx
        .select({ email: users.email })
        .from(accommodationMembers)
        .innerJoin(users, eq(users.id, accommodationMembers.userId))
        .where(
          and(eq(accommodationMembers.accommodationId, c.accommodation_id), eq(users.role, 'owner'), eq(users.active, true), isNotNull(users.emailConfirmedAt)),
        );
      const url = `${deps.config.publicUrl}/app/aangifte/${period.key}`;
      for (const owner of owners) {
        await sendMail(tx, deps.cipher, taxReturnNoticeMail(owner.email, { kind, company: c.company_name, period: periodLabel(period.key), deadline, url }));
      }
      await recordAudit(tx, {
        action: 'tax.reminders_sent',
        occurredAt: deps.clock.now(),
        accommodationId: c.accommodation_id,
        municipalityId: c.municipality_id,
        details: { kind, period: period.key, deadline, recipients: owners.length },
      });
      return true;
    });
    if (delivered) sent[kind === 'overdue' ? 'overdue' : 'reminders'] += 1;
  }
  if (sent.reminders + sent.overdue > 0) deps.jobs.kick();
  return sent;
}
