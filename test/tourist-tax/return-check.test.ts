// What the owner checks before and after submitting: the per-person amount as lines of
// "persoonsnachten × tarief = bedrag" (one per rate, singular for one night), in the period's
// view and in the PDF copy, and the PDF's dates written out in Dutch ("1 december 2026").
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp({ clock: manualClock(new Date('2026-12-01T10:00:00Z')) });
const doetinchem = t.municipalities.find((m) => m.code === 'GM0222')?.id;
const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
const owner = await signedInOwner(t, { municipalityId: doetinchem, companyName: 'Pension De Graafschap' });

const rule = (overrides: Record<string, unknown>) => ({ exemptResidents: true, exemptInternationalWorkers: false, ...overrides });
expect((await municipality.client.put('/api/municipality/tax/settings', { period: 'month', deadlineDays: 31 })).statusCode).toBe(200);
expect((await municipality.client.post('/api/municipality/tax/rules', rule({ validFrom: '2026-01-01', perPersonNightCents: 210 }))).statusCode).toBe(201);
expect((await municipality.client.post('/api/municipality/tax/rules', rule({ validFrom: '2026-12-20', perPersonNightCents: 250 }))).statusCode).toBe(201);
// Three person-nights at €2.10, then one at €2.50 after the rate went up.
for (const stay of [
  aStay({ arrival: '2026-12-05', departure: '2026-12-08' }),
  aStay({ arrival: '2026-12-20', departure: '2026-12-21', guest: { surname: 'Kort' } }),
]) {
  expect((await owner.client.post('/api/register/stays', stay)).statusCode).toBe(201);
}

// Sessions end after 12 hours: sign in again once the month is over.
t.clock.advance(new Date('2027-01-05T10:00:00Z').getTime() - t.clock.now().getTime());
const client = t.client();
expect((await client.post('/api/sessions', { email: owner.input.email, password: owner.input.password })).statusCode).toBe(200);

function pdfText(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'return-')), 'return.pdf');
  fs.writeFileSync(file, bytes);
  // One space for every run of spaces (and the no-break space of the euro amounts).
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \u00a0]+/g, ' ');
}

describe('the per-person amount of a return', () => {
  it('comes per rate in the period view: person-nights, rate and amount', async () => {
    const view = (await client.get('/api/tax/returns/2026-12')).json();
    expect(view.totals.perPersonCents).toBe(3 * 210 + 250);
    expect(view.totals.perPersonRates).toEqual([
      { rateCents: 210, personNights: 3, amountCents: 630 },
      { rateCents: 250, personNights: 1, amountCents: 250 },
    ]);
  });

  it('reads "3 persoonsnachten × € 2,10 = € 6,30" in the PDF, with the dates in words', async () => {
    const submitted = await client.post('/api/tax/returns/2026-12', {});
    expect(submitted.statusCode).toBe(201);
    const pdf = await client.get(`/api/tax/return-documents/${submitted.json().submission.id}.pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('3 persoonsnachten × € 2,10 = € 6,30');
    expect(text).toContain('1 persoonsnacht × € 2,50 = € 2,50');
    expect(text).not.toContain('Bedrag per persoon per nacht');
    expect(text).toContain('Periode 1 december 2026 t/m 31 december 2026');
    expect(text).not.toMatch(/2026-12-\d\d/);
    expect(text).toContain('Ingediend op 5 januari 2027');
  });
});
