// The durable job queue on PostgreSQL. A job is inserted in the same transaction as the change
// that caused it, so it exists exactly when the change does. Workers on any number of instances
// claim jobs with FOR UPDATE SKIP LOCKED; a claimed job is invisible to others until its lease
// runs out, so a crashed worker's job is retried, not lost. Failed jobs back off exponentially
// and end as 'dead' after MAX_ATTEMPTS, visible for the operator.
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { queryRows, type Db } from '../../db/client.ts';
import { jobs } from '../../db/schema.ts';

export type JobHandler = (payload: unknown) => Promise<void>;

export interface JobQueueOptions {
  db: Db;
  log: FastifyBaseLogger;
  handlers: Record<string, JobHandler>;
  pollMs?: number;
  /** First retry delay; doubles each attempt up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  maxAttempts?: number;
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
  private readonly leaseMs: number;

  constructor(private readonly options: JobQueueOptions) {
    this.pollMs = options.pollMs ?? 1_000;
    this.backoffMs = options.backoffMs ?? 2_000;
    this.maxBackoffMs = options.maxBackoffMs ?? 15 * 60_000;
    this.maxAttempts = options.maxAttempts ?? 12;
    this.leaseMs = options.leaseMs ?? 60_000;
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

  /** Processes every job that is due now; resolves when none is left. */
  async drain(): Promise<number> {
    let processed = 0;
    for (;;) {
      const job = await this.claim();
      if (!job) return processed;
      await this.execute(job);
      processed += 1;
    }
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.drain()
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
    const [row] = await queryRows<ClaimedJob>(this.options.db, sql`
      UPDATE jobs SET attempts = attempts + 1,
        locked_until = now() + make_interval(secs => ${this.leaseMs / 1000})
      WHERE id = (
        SELECT id FROM jobs
        WHERE status = 'pending' AND run_at <= now()
          AND (locked_until IS NULL OR locked_until < now())
        ORDER BY run_at, id
        FOR UPDATE SKIP LOCKED
        LIMIT 1)
      RETURNING id, kind, payload, attempts`);
    return row && { ...row, id: Number(row.id) };
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
      const dead = job.attempts >= this.maxAttempts;
      const delay = Math.min(this.backoffMs * 2 ** (job.attempts - 1), this.maxBackoffMs);
      this.options.log.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, err: message }, 'job failed');
      await this.options.db.execute(sql`
        UPDATE jobs SET status = ${dead ? 'dead' : 'pending'}, last_error = ${message.slice(0, 2000)},
          locked_until = NULL, run_at = now() + make_interval(secs => ${delay / 1000})
        WHERE id = ${job.id}`);
    }
  }
}
