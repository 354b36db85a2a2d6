// The admin removes a dead letter that will never be delivered (an address that does not exist):
// the message and its sealed content are deleted; the audit event remembers that it was.
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { forbidden, notFound } from '../../../platform/errors.ts';
import { discardDeadJob } from '../../../platform/jobs/dead-jobs.ts';
import type { Actor } from '../../identity/access.ts';
import { CHANNEL_KINDS, channelOf } from './channels.ts';

export async function dismissDeadLetter(deps: Deps, actor: Actor, input: { id: number }, meta: RequestMeta) {
  if (actor.scope.kind !== 'platform') throw forbidden();
  await deps.db.transaction(async (tx) => {
    const job = await discardDeadJob(tx, input.id, CHANNEL_KINDS);
    if (!job) throw notFound();
    await recordAudit(tx, {
      action: 'message.dismissed',
      occurredAt: deps.clock.now(),
      actorUserId: actor.user.id,
      ip: meta.ip,
      details: { channel: channelOf(job.kind), message: String(input.id) },
    });
  });
}
