// Every inspection look-up runs in one transaction with its audit record ('register.inspected'),
// so nothing is read without a trace. A look-up of one accommodation writes one event for it; a
// look-up across the municipality writes one event per accommodation that appears in the answer
// (so each owner sees in "Logboek" that their register was looked into, with the kind, the date
// and how many of their own stays were shown) and one for the municipality with the reason and
// the totals. The per-accommodation events leave the reason out: it may name guests elsewhere.
// Every event keeps the inspector and the IP address for the municipality's own log; what an
// accommodation's log shows of them is decided in organisations/audit-log/inspection-notice.ts
// (the kind, what was asked, when and `results`: how many of its stays were shown).
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/client.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit, recordAudits } from '../../../platform/audit.ts';
import { notFound } from '../../../platform/errors.ts';
import type { Actor } from '../../identity/access.ts';

export type InspectionKind = 'night' | 'present' | 'long_stays' | 'silent' | 'integrity';

export interface Inspector {
  userId: string;
  municipalityId: string;
}

/** Inspectors and municipality users look into the register of their own municipality only. */
export function inspectorOf(actor: Actor): Inspector {
  if (actor.scope.kind !== 'municipality') throw notFound();
  return { userId: actor.user.id, municipalityId: actor.scope.municipalityId };
}

export interface Inspection {
  kind: InspectionKind;
  reason: string;
  /** What was asked besides the reason (the night, the threshold). */
  parameters?: Record<string, string | number>;
  /** Set for a look-up of one accommodation; null for one across the municipality. */
  accommodationId: string | null;
}

export interface InspectionOutcome<T> {
  answer: T;
  /** Rows shown in total. */
  results: number;
  /** Rows shown per accommodation, for a look-up across the municipality. */
  perAccommodation?: ReadonlyMap<string, number>;
  capped?: boolean;
  /** What else the audit record keeps of the answer (an integrity check's verdict). */
  summary?: Record<string, string | number | boolean>;
}

/** Runs `read` and writes the audit events of the look-up in the same transaction. */
export async function inspect<T>(
  deps: Deps,
  inspector: Inspector,
  inspection: Inspection,
  meta: RequestMeta,
  read: (tx: Db) => Promise<InspectionOutcome<T>>,
): Promise<T> {
  return deps.db.transaction(async (tx) => {
    const outcome = await read(tx);
    const common = {
      action: 'register.inspected' as const,
      occurredAt: deps.clock.now(),
      actorUserId: inspector.userId,
      municipalityId: inspector.municipalityId,
      ip: meta.ip,
    };
    const lookup = randomUUID();
    const asked = { kind: inspection.kind, ...inspection.parameters };
    if (inspection.accommodationId) {
      await recordAudit(tx, {
        ...common,
        accommodationId: inspection.accommodationId,
        details: { ...asked, reason: inspection.reason, results: outcome.results, ...outcome.summary, lookup },
      });
      return outcome.answer;
    }
    const perAccommodation = [...(outcome.perAccommodation ?? [])].map(([accommodationId, results]) => ({
      ...common,
      accommodationId,
      details: { ...asked, scope: 'municipality', results, lookup },
    }));
    await recordAudits(tx, [
      ...perAccommodation,
      {
        ...common,
        details: {
          ...asked,
          reason: inspection.reason,
          results: outcome.results,
          accommodations: perAccommodation.length,
          capped: outcome.capped ?? false,
          lookup,
        },
      },
    ]);
    return outcome.answer;
  });
}

/** How many of the rows belong to each accommodation. */
export function countPerAccommodation(rows: readonly { accommodationId: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.accommodationId, (counts.get(row.accommodationId) ?? 0) + 1);
  return counts;
}
