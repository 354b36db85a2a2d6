// The development outbox prints each kept mail's links to the console; a terminal makes them
// clickable only when a link is the address alone, without the sentence's comma or full stop.
import { describe, expect, it } from 'vitest';
import type { FastifyBaseLogger } from 'fastify';
import { outboxTransport } from '../../src/server/platform/mail/mailer.ts';
import { securityNoticeMail } from '../../src/server/platform/mail/templates.ts';
import { startTestApp } from '../support/app.ts';

const { deps } = await startTestApp();

function capturingLog(lines: unknown[]): FastifyBaseLogger {
  const log = { info: (object: unknown) => lines.push(object) };
  return log as unknown as FastifyBaseLogger;
}

describe('links of a kept mail in the console', () => {
  it('end where the address ends, not at the comma after it', async () => {
    const lines: unknown[] = [];
    const mail = securityNoticeMail('owner@example.org', 'two_factor_disabled', 'http://localhost:3400/inloggen');
    expect(mail.text).toContain('http://localhost:3400/inloggen,');
    await outboxTransport(deps.db, capturingLog(lines)).deliver(mail);
    expect(lines).toEqual([expect.objectContaining({ links: ['http://localhost:3400/inloggen'] })]);
  });
});
