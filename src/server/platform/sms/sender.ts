// SMS delivery: the port every module uses, and its adapters.
// (Implementation in progress: see the SMS part of the two-factor module.)
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../config.ts';

export interface SmsMessage {
  to: string;
  text: string;
}

export interface SmsSender {
  readonly kind: 'gateway' | 'outbox';
  deliver(message: SmsMessage): Promise<void>;
}

export function createSmsSender(_config: Config, _db: Db, _log: FastifyBaseLogger): SmsSender {
  throw new Error('not implemented');
}
