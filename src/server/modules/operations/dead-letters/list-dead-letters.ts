// "Niet bezorgde berichten" for the platform admin: the mail and SMS that failed for good, newest
// first, with recipient, subject (mail), attempts, the last error and when they were queued and
// last tried; and per channel how many messages are still waiting, e.g. during an outage.
import type { Deps } from '../../../deps.ts';
import { forbidden } from '../../../platform/errors.ts';
import { listDeadJobs, waitingJobs } from '../../../platform/jobs/dead-jobs.ts';
import type { Actor } from '../../identity/access.ts';
import { CHANNEL_KINDS, channelOf, envelopeOf } from './channels.ts';

/** More than an admin reads on one page; the total says when there are more. */
export const DEAD_LETTER_LIMIT = 200;

export async function listDeadLetters(deps: Deps, actor: Actor) {
  if (actor.scope.kind !== 'platform') throw forbidden();
  const [dead, waiting] = await Promise.all([listDeadJobs(deps.db, CHANNEL_KINDS, DEAD_LETTER_LIMIT), waitingJobs(deps.db, CHANNEL_KINDS)]);
  return {
    total: dead.total,
    deadLetters: dead.jobs.map((job) => ({
      id: String(job.id),
      channel: channelOf(job.kind),
      ...envelopeOf(job.kind, job.payload, deps.cipher),
      attempts: job.attempts,
      lastError: job.lastError,
      queuedAt: job.createdAt.toISOString(),
      lastTriedAt: job.triedAt?.toISOString() ?? null,
    })),
    waiting: waiting.map((w) => ({
      channel: channelOf(w.kind),
      count: w.count,
      since: w.since.toISOString(),
      attempts: w.attempts,
      lastError: w.lastError,
      nextAttemptAt: w.nextAttemptAt.toISOString(),
    })),
  };
}
