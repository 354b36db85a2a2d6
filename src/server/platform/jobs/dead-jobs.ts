// Dead letters and waiting messages, seen from outside the worker: the jobs that failed for good
// (status 'dead', put there by queue.ts), re-queueing or discarding one of them, and how many
// jobs of a kind are still waiting. Only these functions take a job out of 'dead'.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.ts';

export interface DeadJob {
  id: number;
  kind: string;
  payload: unknown;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  triedAt: Date | null;
}

export interface WaitingJobs {
  kind: string;
  count: number;
  /** When the oldest waiting job was queued. */
  since: Date;
  /** Attempts of the oldest waiting job (the head of its channel) and how the last one ended. */
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
}

const inKinds = (kinds: readonly string[]): SQL =>
  sql`kind IN (${sql.join(
    kinds.map((kind) => sql`${kind}`),
    sql`, `,
  )})`;

const asDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));

/** The newest dead jobs of these kinds first, and how many there are in all. */
export async function listDeadJobs(db: Db, kinds: readonly string[], limit: number): Promise<{ jobs: DeadJob[]; total: number }> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
    SELECT id, kind, payload, attempts, last_error, created_at, tried_at, count(*) OVER () AS total
    FROM jobs WHERE status = 'dead' AND ${inKinds(kinds)}
    ORDER BY id DESC LIMIT ${limit}`,
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    jobs: rows.map((row) => ({
      id: Number(row.id),
      kind: String(row.kind),
      payload: row.payload,
      attempts: Number(row.attempts),
      lastError: row.last_error === null ? null : String(row.last_error),
      createdAt: asDate(row.created_at),
      triedAt: row.tried_at === null ? null : asDate(row.tried_at),
    })),
  };
}

/**
 * Queues a dead job again, behind everything queued so far: it gets a new id (its place in its
 * channel) and a fresh set of attempts, and keeps its payload, so a mail keeps its Message-ID and
 * an SMS its reference. Undefined when there is no such dead job (any more).
 */
export async function requeueDeadJob(tx: Db, id: number, kinds: readonly string[]): Promise<{ id: number; kind: string } | undefined> {
  const [row] = await queryRows<{ id: number; kind: string }>(
    tx,
    sql`
    UPDATE jobs SET id = nextval(pg_get_serial_sequence('jobs', 'id')), status = 'pending', attempts = 0,
      run_at = now(), locked_until = NULL
    WHERE id = ${id} AND status = 'dead' AND ${inKinds(kinds)}
    RETURNING id, kind`,
  );
  return row && { id: Number(row.id), kind: row.kind };
}

/** Removes a dead job with its (sealed) content. Undefined when there is no such dead job. */
export async function discardDeadJob(tx: Db, id: number, kinds: readonly string[]): Promise<{ kind: string } | undefined> {
  const [row] = await queryRows<{ kind: string }>(
    tx,
    sql`
    DELETE FROM jobs WHERE id = ${id} AND status = 'dead' AND ${inKinds(kinds)} RETURNING kind`,
  );
  return row;
}

/** Per kind with waiting jobs: how many, since when, and how its oldest one fares. */
export async function waitingJobs(db: Db, kinds: readonly string[]): Promise<WaitingJobs[]> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
    SELECT head.kind, counts.count, head.created_at, head.attempts, head.last_error, head.run_at
    FROM (SELECT kind, count(*) AS count FROM jobs WHERE status = 'pending' AND ${inKinds(kinds)} GROUP BY kind) AS counts
      CROSS JOIN LATERAL (
        SELECT queued.kind, queued.created_at, queued.attempts, queued.last_error, queued.run_at FROM jobs AS queued
        WHERE queued.kind = counts.kind AND queued.status = 'pending'
        ORDER BY queued.id LIMIT 1) AS head
    ORDER BY head.kind`,
  );
  return rows.map((row) => ({
    kind: String(row.kind),
    count: Number(row.count),
    since: asDate(row.created_at),
    attempts: Number(row.attempts),
    lastError: row.last_error === null ? null : String(row.last_error),
    nextAttemptAt: asDate(row.run_at),
  }));
}
