// Tasks that run once a day (retention), however many instances run: each instance looks every
// interval whether today's run of a task has started, and the one whose insert of the day's row
// succeeds runs it. A run that failed is not repeated the same day; the next day's run catches up,
// since every task works on "everything due up to today".
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { dutchToday } from '../../../shared/register/dates.ts';
import type { Db } from '../../db/client.ts';
import { scheduledRuns } from '../../db/schema.ts';
import type { Clock } from '../clock.ts';

export type DailyTask = (today: string) => Promise<Record<string, unknown>>;

export class DailyTasks {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;

  constructor(private readonly options: { db: Db; clock: Clock; log: FastifyBaseLogger; tasks: Record<string, DailyTask>; intervalMs?: number }) {}

  start(): void {
    this.stopping = false;
    const tick = () => {
      if (this.running) return;
      this.running = this.runDue()
        .then(() => undefined)
        .catch((error: unknown) => this.options.log.warn({ err: error }, 'daily tasks failed'))
        .finally(() => {
          this.running = undefined;
        });
    };
    tick();
    this.timer = setInterval(tick, this.options.intervalMs ?? 15 * 60_000);
    this.timer.unref();
  }

  /**
   * No new run starts; resolves when the one in progress has finished, so the database can be
   * closed after it (a SIGTERM during the run at start-up would otherwise pull the pool away).
   */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Runs every task that has not run today (Dutch calendar day); returns what ran. */
  async runDue(): Promise<Record<string, Record<string, unknown>>> {
    const today = dutchToday(this.options.clock.now());
    const ran: Record<string, Record<string, unknown>> = {};
    for (const [task, run] of Object.entries(this.options.tasks)) {
      // Stopping: the tasks not yet claimed are left to another instance or the next start.
      if (this.stopping) break;
      const claimed = await this.options.db
        .insert(scheduledRuns)
        .values({ task, day: today, startedAt: this.options.clock.now() })
        .onConflictDoNothing()
        .returning({ task: scheduledRuns.task });
      if (claimed.length === 0) continue;
      const result = await run(today);
      await this.options.db
        .update(scheduledRuns)
        .set({ result: sql`${JSON.stringify(result)}::jsonb` })
        .where(and(eq(scheduledRuns.task, task), eq(scheduledRuns.day, today)));
      this.options.log.info({ task, today, result }, 'daily task done');
      ran[task] = result;
    }
    return ran;
  }
}
