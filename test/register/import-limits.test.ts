// "CSV importeren" against files made to hurt: a file is read within fixed limits (columns, cell
// and line length, rows) and refused with a code that names the limit, never a 500; while one is
// being read the server keeps answering everyone else; each user has a rate limit on previews and
// imports together; and an accommodation that may not register yet is refused before its file is
// read at all.
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../src/server/deps.ts';
import { startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';

const t = await startTestApp();
const owner = await signedInOwner(t);

const HEADER = 'aankomst;vertrek;voorletters;achternaam;woonplaats;land;geboortedatum;nationaliteit;documentsoort';
const ROW = '2026-07-01;2026-07-03;J.;Jansen;Utrecht;NL;1980-04-02;NL;identiteitskaart';
/** The file from the report: one line of 4.8 MB, 2.4 million columns. */
const WIDE_LINE = 'a;'.repeat(2_400_000);

const preview = (client: TestClient, csv: unknown) => client.post('/api/register/imports/preview', { csv });
const importFile = (client: TestClient, csv: unknown) => client.post('/api/register/imports', { csv });

/** Status, code and the code of the file as a whole: what the import page shows. */
function refusal(response: LightMyRequestResponse) {
  const body = response.json();
  return [response.statusCode, body.code, body.fields?.csv?.code];
}

describe('a file past a limit', () => {
  it.each([
    ['one line of 2.4 million columns', WIDE_LINE, 'CSV_LINE_TOO_LONG'],
    ['a quote that never closes', `${HEADER}\n"${'x'.repeat(4_000_000)}`, 'CSV_LINE_TOO_LONG'],
    ['a row of 60 000 characters in cells of 5 000', `${HEADER}\n${Array.from({ length: 12 }, () => 'x'.repeat(5_000)).join(';')}`, 'CSV_LINE_TOO_LONG'],
    ['more than 100 columns', `${HEADER}${';extra'.repeat(100)}\n${ROW}`, 'CSV_TOO_MANY_COLUMNS'],
    ['a cell of more than 10 000 characters', `${HEADER}\n${ROW.replace('Jansen', 'J'.repeat(10_001))}`, 'CSV_FIELD_TOO_LONG'],
  ])('refuses %s with a code for it, in preview and import alike', async (_name, csv, code) => {
    const checked = await preview(owner.client, csv);
    expect(refusal(checked)).toEqual([400, 'CSV_INVALID', code]);
    expect(refusal(await importFile(owner.client, csv))).toEqual([400, 'CSV_INVALID', code]);
  });

  it('explains the refusal in Dutch at the file', async () => {
    const { fields } = (await preview(owner.client, `${HEADER}${';extra'.repeat(100)}\n${ROW}`)).json();
    expect(fields.csv).toEqual({
      code: 'CSV_TOO_MANY_COLUMNS',
      message: 'Een regel van het bestand heeft meer dan 100 kolommen. Gebruik de kolommen van het sjabloon.',
    });
  });
});

describe('a file within the limits', () => {
  it('is read with 100 columns and cells of 10 000 characters', async () => {
    const extra = ';extra'.repeat(100 - HEADER.split(';').length);
    const longResidence = 'U'.repeat(10_000);
    const response = await preview(owner.client, `${HEADER}${extra}\n${ROW.replace('Utrecht', longResidence)}\n${ROW}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().rows.map((r: { line: number; status: string }) => [r.line, r.status])).toEqual([
      [2, 'invalid'],
      [3, 'valid'],
    ]);
    expect(response.json().rows[0].errors.woonplaats.code).toBe('TOO_LONG');
  });

  it('keeps characters of four bytes whole, wherever the file is cut up for reading', async () => {
    const surname = '𠜎'.repeat(4_500); // 18 000 bytes, longer than the pieces a file is read in
    const response = await preview(owner.client, `${HEADER}\n${ROW.replace('Jansen', surname)}`);
    expect(response.json().rows[0].summary.name).toBe(`J. ${surname}`);
  });
});

describe('while a hostile file is being read', () => {
  it('answers other requests before the hostile one', async () => {
    const body = new PassThrough();
    const hostile = owner.client.post('/api/register/imports/preview', body);
    let hostileAnswered = false;
    void hostile.then(() => (hostileAnswered = true));

    // All but the last bytes, and wait until the server reads them: its session and access checks
    // are behind it, and once the body is complete, nothing but the file stands between it and
    // its answer.
    const json = JSON.stringify({ csv: WIDE_LINE });
    body.write(json.slice(0, -2));
    await Promise.race([once(body, 'drain'), hostile]);
    expect(hostileAnswered).toBe(false);
    body.end(json.slice(-2));

    // A request that comes in after the whole file did (not before any step of it): if the file
    // were read on the event loop, this one could only start once the hostile one was answered.
    const health = await new Promise<LightMyRequestResponse>((resolve) => setImmediate(() => resolve(t.client().get('/health/live'))));
    expect(health.statusCode).toBe(200);
    expect(hostileAnswered).toBe(false);
    expect(refusal(await hostile)).toEqual([400, 'CSV_INVALID', 'CSV_LINE_TOO_LONG']);
  });
});

describe('the rate limit', () => {
  it("counts one user's previews and imports together, and answers 429 before reading the file", async () => {
    const limitedOwner = await signedInOwner(t);
    const { max } = defaultLimits.csvImportsPerUser;
    for (let i = 0; i < max; i++) {
      const response = i % 2 ? await preview(limitedOwner.client, `${HEADER}\n${ROW}`) : await importFile(limitedOwner.client, '');
      expect(response.statusCode).not.toBe(429);
    }
    const limited = await preview(limitedOwner.client, WIDE_LINE);
    expect([limited.statusCode, limited.json().code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await importFile(limitedOwner.client, `${HEADER}\n${ROW}`)).statusCode).toBe(429);
    // Per user: someone else goes on.
    expect((await preview(owner.client, `${HEADER}\n${ROW}`)).statusCode).toBe(200);
  });
});

describe('an accommodation that may not register yet', () => {
  it('is refused before its file is read', async () => {
    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0363');
    const settings = (await municipality.client.get('/api/municipality/settings')).json();
    const approval = await municipality.client.put('/api/municipality/settings', {
      ...settings,
      approvalRequired: true,
      contactEmail: '',
      contactPhone: '',
      contactText: '',
      themeColor: '',
    });
    expect(approval.statusCode).toBe(200);
    const amsterdam = t.municipalities.find((m) => m.code === 'GM0363');
    const pending = await signedInOwner(t, { municipalityId: amsterdam?.id, city: 'Amsterdam' });

    // Not a register file at all: read, it would be refused as CSV_INVALID.
    for (const send of [preview, importFile]) {
      const response = await send(pending.client, 'naam;adres\r\nHotel;Markt 1\r\n');
      expect([response.statusCode, response.json().code]).toEqual([409, 'ACCOMMODATION_NOT_APPROVED']);
    }
  });
});
