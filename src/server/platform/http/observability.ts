// /health/live, /health/ready and /metrics (Prometheus), each app with its own registry.
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { queryRows } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';

export function registerObservability(app: FastifyInstance, deps: Deps): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  registerQueueMetrics(registry, deps);
  app.addHook('onResponse', async (request, reply) => {
    duration.observe({ method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  app.get('/health/live', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await deps.database.ping();
      return { status: 'ready' };
    } catch {
      return reply.status(503).header('retry-after', '5').send({ status: 'unavailable' });
    }
  });
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    return reply.header('content-type', registry.contentType).send(await registry.metrics());
  });
}

/**
 * The message queue as operators watch it (docs/operations.md): how many messages wait, how old
 * the oldest is (a mail or SMS outage shows here first), how many gave up; read at each scrape.
 * While the database is down the scrape still answers, with nachtregister_database_up 0.
 */
function registerQueueMetrics(registry: Registry, deps: Deps): void {
  let refreshing: Promise<void> | undefined;
  // The three gauges are collected side by side at each scrape; one query serves them all.
  const refresh = () => (refreshing ??= collect().finally(() => (refreshing = undefined)));
  const up = new Gauge({ name: 'nachtregister_database_up', help: '1 when the database answered the last scrape', registers: [registry], collect: refresh });
  const jobs = new Gauge({
    name: 'nachtregister_jobs',
    help: 'Queued messages (mail, SMS) by kind and status',
    labelNames: ['kind', 'status'],
    registers: [registry],
    collect: refresh,
  });
  const oldest = new Gauge({
    name: 'nachtregister_jobs_oldest_pending_seconds',
    help: 'Age of the oldest message still waiting to be delivered',
    registers: [registry],
    collect: refresh,
  });
  async function collect(): Promise<void> {
    try {
      const rows = await queryRows<{ kind: string; status: string; count: string; oldest: string | null }>(
        deps.db,
        sql`
        SELECT kind, status, count(*) AS count,
          CASE WHEN status = 'pending' THEN extract(epoch FROM now() - min(created_at)) END AS oldest
        FROM jobs WHERE status IN ('pending', 'dead') GROUP BY kind, status`,
      );
      jobs.reset();
      for (const row of rows) jobs.set({ kind: row.kind, status: row.status }, Number(row.count));
      oldest.set(Math.max(0, ...rows.map((r) => Number(r.oldest ?? 0))));
      up.set(1);
    } catch {
      up.set(0);
    }
  }
}
