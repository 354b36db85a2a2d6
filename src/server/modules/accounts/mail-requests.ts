// "Wachtwoord vergeten?" and "Ik heb geen code ontvangen." answer before anyone looks the address
// up. Looking it up and, for an account, issuing a code, queueing its mail and auditing took a few
// milliseconds more for a known address than for an unknown one, enough to tell them apart over a
// few dozen requests. So the request only queues one sealed job, the same for every address, and
// answers; the job worker finds the account and mails the code where there is one to mail
// (mail-request-job.ts). The worker is not woken for it: run right after the answer, the job's
// extra work for a known address would slow whatever request comes next, which an outsider could
// time instead; at the worker's next poll (within a second) it falls on no request in particular.
import type { Deps, RequestMeta } from '../../deps.ts';
import type { Cipher } from '../../platform/crypto.ts';
import { enqueue } from '../../platform/jobs/queue.ts';

export const ACCOUNT_MAIL_REQUEST_JOB = 'account.mail-request';

export type AccountMailPurpose = 'password_reset' | 'email_confirmation';

/** What the job needs of the request; sealed in the queue like a mail, since it names an address. */
export interface AccountMailRequest {
  purpose: AccountMailPurpose;
  email: string;
  ip: string;
  requestedAt: string;
}

export async function queueAccountMailRequest(deps: Deps, purpose: AccountMailPurpose, email: string, meta: RequestMeta): Promise<void> {
  const request: AccountMailRequest = { purpose, email, ip: meta.ip, requestedAt: deps.clock.now().toISOString() };
  await enqueue(deps.db, ACCOUNT_MAIL_REQUEST_JOB, { sealed: deps.cipher.encrypt(JSON.stringify(request)) });
}

export function openAccountMailRequest(payload: unknown, cipher: Cipher): AccountMailRequest {
  const sealed = (payload as { sealed?: unknown }).sealed;
  if (typeof sealed !== 'string') throw new Error('account mail request without content');
  return JSON.parse(cipher.decrypt(sealed)) as AccountMailRequest;
}
