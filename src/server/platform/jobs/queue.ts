// The durable job queue on PostgreSQL. A job is inserted in the same transaction as the change
// that caused it, so it exists exactly when the change does. Workers on any number of instances
// claim jobs with FOR UPDATE SKIP LOCKED; a claimed job is invisible to others until its lease
// runs out, so a crashed worker's job is retried, not lost.
//
// Kinds whose handler is marked deliveredInOrder (mail, SMS) form a channel: only the oldest
// pending job of the kind (lowest id) can be claimed, so while it is in flight or waits for a
// retry the ones behind it wait too, and after an outage everything goes out in the order it was
// queued, whichever instance sends it. Other kinds run independently. A failed job backs off
// exponentially (for a channel that is the channel's back-off); it ends as 'dead', a dead letter
// shown to the platform admin, after maxAttempts, or after refusedAttempts when the receiver
// refused the message itself (MessageRefused), so that one bad address does not hold up the rest.
// See docs/decisions/0006-reliability.md, "Message delivery".
import { sql, type SQL } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { queryRows, type Db } from '../../db/client.ts';
import { jobs } from '../../db/schema.ts';

export type JobHandler = ((payload: unknown) => Promise<void>) & {
  /** One at a time and in queue order per kind (see deliveredInOrder). */
  readonly inOrder?: boolean;
};

/** Marks a kind's handler as a channel: its jobs are handled one at a time, in the order queued. */
export function deliveredInOrder(handler: (payload: unknown) => Promise<void>): JobHandler {
  return Object.assign((payload: unknown) => handler(payload), { inOrder: true });
}

/**
 * Thrown by a handler when the receiver refused this very message (an SMTP 5xx for the
 * recipient, a gateway's 4xx), as opposed to not being reachable: trying again will not help, so
 * it is tried only a few times before it becomes a dead letter.
 */
export class MessageRefused extends Error {}

export interface JobQueueOptions {
  db: Db;
  log: FastifyBaseLogger;
  handlers: Record<string, JobHandler>;
  pollMs?: number;
  /** First retry delay; doubles each attempt up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Attempts before a failing job becomes a dead letter. */
  maxAttempts?: number;
  /** Attempts before a refused message (MessageRefused) becomes a dead letter. */
  refusedAttempts?: number;
  leaseMs?: number;
}

export async function enqueue(tx: Db, kind: string, payload: unknown): Promise<void> {
  await tx.insert(jobs).values({ kind, payload });
}

interface ClaimedJob {
  id: number;
  kind: string;
  payload: unknown;
  attempts: number;
}

export class JobWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private readonly pollMs: number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly maxAttempts: number;
  private readonly refusedAttempts: number;
  private readonly leaseMs: number;
  private readonly channels: string[];

  constructor(private readonly options: JobQueueOptions) {
    this.pollMs = options.pollMs ?? 1_000;
    this.backoffMs = options.backoffMs ?? 2_000;
    this.maxBackoffMs = options.maxBackoffMs ?? 15 * 60_000;
    // With the defaults: 17 minutes of doubling delays, then every 15 minutes: about 13 hours of
    // trying before a message nobody could deliver becomes a dead letter, long enough to outlast
    // a night's outage of the mail server or SMS gateway without losing the order.
    this.maxAttempts = options.maxAttempts ?? 60;
    this.refusedAttempts = options.refusedAttempts ?? 3;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.channels = Object.entries(options.handlers)
      .filter(([, handler]) => handler.inOrder)
      .map(([kind]) => kind);
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Run soon: called after a transaction that enqueued something has committed. */
  kick(): void {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  /** Processes every job that is due now; resolves when none is left (or `more` says stop). */
  async drain(more: () => boolean = () => true): Promise<number> {
    let processed = 0;
    while (more()) {
      const job = await this.claim();
      if (!job) return processed;
      await this.execute(job);
      processed += 1;
    }
    return processed;
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      // A stopping instance finishes the message in hand, not the whole backlog: the rest waits
      // in the database for the other instances or the next start.
      this.running = this.drain(() => !this.stopped)
        .catch((error: unknown) => this.options.log.warn({ err: error }, 'job queue poll failed'))
        .then(() => undefined)
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.schedule(this.pollMs);
        });
    }, delay);
    this.timer.unref();
  }

  private async claim(): Promise<ClaimedJob | undefined> {
    const candidates = this.candidates();
    if (!candidates) return undefined;
    // The candidates are a handful of ids, materialised first, so the lock is taken by id
    // instead of walking every due job (after an outage: the whole backlog) in run_at order.
    const [row] = await queryRows<ClaimedJob>(
      this.options.db,
      sql`
      WITH candidates AS MATERIALIZED (${candidates})
      UPDATE jobs SET attempts = attempts + 1, tried_at = now(),
        locked_until = now() + make_interval(secs => ${this.leaseMs / 1000})
      WHERE id = (
        SELECT job.id FROM jobs AS job JOIN candidates ON candidates.id = job.id
        WHERE job.status = 'pending' AND job.run_at <= now()
          AND (job.locked_until IS NULL OR job.locked_until < now())
        ORDER BY job.run_at, job.id
        FOR UPDATE OF job SKIP LOCKED
        LIMIT 1)
      RETURNING id, kind, payload, attempts`,
    );
    return row && { ...row, id: Number(row.id) };
  }

  /**
   * The ids this worker may take: the head of each channel (its oldest pending job, whether due,
   * leased or not: if the head cannot be taken, nothing of that channel can), and the earliest due
   * jobs of the kinds without order. The head is found by its id alone, never by its lock, so a
   * second worker cannot skip the message in flight and send the one behind it. Kinds this
   * worker has no handler for are left to an instance that has (a newer version, mid-deploy).
   */
  private candidates(): SQL | undefined {
    const heads = this.channels.map((kind) => sql`(SELECT id FROM jobs WHERE kind = ${kind} AND status = 'pending' ORDER BY id LIMIT 1)`);
    const others = Object.keys(this.options.handlers).filter((kind) => !this.channels.includes(kind));
    const due =
      others.length === 0
        ? []
        : [
            sql`(SELECT id FROM jobs
              WHERE kind IN (${sql.join(
                others.map((kind) => sql`${kind}`),
                sql`, `,
              )}) AND status = 'pending' AND run_at <= now()
                AND (locked_until IS NULL OR locked_until < now())
              ORDER BY run_at, id LIMIT 16)`,
          ];
    const parts = [...heads, ...due];
    return parts.length === 0 ? undefined : sql.join(parts, sql` UNION ALL `);
  }

  private async execute(job: ClaimedJob): Promise<void> {
    const handler = this.options.handlers[job.kind];
    try {
      if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
      await handler(job.payload);
      // The payload may hold secrets (a mailed code); it is not needed once delivered.
      await this.options.db.execute(sql`
        UPDATE jobs SET status = 'done', done_at = now(), locked_until = NULL, payload = '{}'::jsonb
        WHERE id = ${job.id}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const refused = error instanceof MessageRefused;
      const dead = job.attempts >= (refused ? Math.min(this.refusedAttempts, this.maxAttempts) : this.maxAttempts);
      const delay = Math.min(this.backoffMs * 2 ** (job.attempts - 1), this.maxBackoffMs);
      const context = { jobId: job.id, kind: job.kind, attempts: job.attempts, refused, err: message };
      if (dead) this.options.log.error(context, 'job failed for good: kept as a dead letter');
      else this.options.log.warn(context, 'job failed');
      await this.options.db.execute(sql`
        UPDATE jobs SET status = ${dead ? 'dead' : 'pending'}, last_error = ${message.slice(0, 2000)},
          locked_until = NULL, run_at = now() + make_interval(secs => ${delay / 1000})
        WHERE id = ${job.id}`);
    }
  }
}
