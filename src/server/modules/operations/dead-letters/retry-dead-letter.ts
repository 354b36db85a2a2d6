// The admin sends a dead letter again once its cause is gone (a mailbox fixed, a number
// corrected at the gateway). It joins its channel at the end, behind what was queued before the
// retry: putting it first would make a message that may still fail hold up all the others.
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { forbidden, notFound } from '../../../platform/errors.ts';
import { requeueDeadJob } from '../../../platform/jobs/dead-jobs.ts';
import type { Actor } from '../../identity/access.ts';
import { CHANNEL_KINDS, channelOf } from './channels.ts';

export async function retryDeadLetter(deps: Deps, actor: Actor, input: { id: number }, meta: RequestMeta) {
  if (actor.scope.kind !== 'platform') throw forbidden();
  const requeued = await deps.db.transaction(async (tx) => {
    const job = await requeueDeadJob(tx, input.id, CHANNEL_KINDS);
    if (!job) throw notFound();
    await recordAudit(tx, {
      action: 'message.retried',
      occurredAt: deps.clock.now(),
      actorUserId: actor.user.id,
      ip: meta.ip,
      details: { channel: channelOf(job.kind), message: String(input.id), queuedAs: String(job.id) },
    });
    return job;
  });
  deps.jobs.kick();
  return { id: String(requeued.id), channel: channelOf(requeued.kind) };
}
