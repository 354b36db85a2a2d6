// Self check-in through the API: the accommodation's link (made on first use, renewed by the
// owner), the guest's form behind it without an account, the pending stay that staff confirm, the
// signature kept with it, the honeypot and rate limits against abuse, and the printed poster whose
// QR code is read back by zbarimg.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { eq } from 'drizzle-orm';
import { PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { accommodations, stays, users } from '../../src/server/db/schema.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner, staffUserOf } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const hour = 60 * 60_000;
const t = await startTestApp({
  limits: { selfCheckInPerIp: { max: 3, windowMs: hour }, selfCheckInPerLink: { max: 6, windowMs: hour } },
});

/** A 1×1 PNG, as a signature drawn on screen arrives. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const SIGNATURE = `data:image/png;base64,${PNG.toString('base64')}`;

const germanGuest = (overrides: Record<string, unknown> = {}) =>
  aStay({
    arrival: '2026-07-10',
    departure: '2026-07-13',
    persons: 2,
    guest: { initials: 'K.', surname: 'Schmidt', residence: 'Berlin', country: 'DE', nationality: 'DE', documentType: 'passport' },
    coTravellers: [{ initials: 'A.', surname: 'Schmidt', dateOfBirth: '1984-03-03' }],
    signature: SIGNATURE,
    ...overrides,
  });

async function ownerWithLink(t: TestApp) {
  const owner = await signedInOwner(t);
  const link = (await owner.client.get('/api/register/check-in-link')).json<{ url: string; qrCode: string }>();
  const token = new URL(link.url).pathname.split('/').pop() ?? '';
  return { ...owner, link, token };
}

const main = await ownerWithLink(t);

describe('the check-in link', () => {
  it('is made on first use, stays the same, and is shown to staff too', async () => {
    expect(main.link.url).toMatch(new RegExp(`^${t.deps.config.publicUrl}/inchecken/[A-Za-z0-9_-]{22}$`));
    expect((await main.client.get('/api/register/check-in-link')).json().url).toBe(main.link.url);
    const staff = t.client();
    await staff.post('/api/sessions', await staffUserOf(t, main.input.email));
    expect((await staff.get('/api/register/check-in-link')).json().url).toBe(main.link.url);
    // Only the owner renews it.
    expect((await staff.post('/api/register/check-in-link')).statusCode).toBe(403);
  });

  it('when renewed, stops the old link at once and records who renewed it', async () => {
    const owner = await ownerWithLink(t);
    expect((await t.client().get(`/api/check-in/${owner.token}`)).statusCode).toBe(200);
    const renewed = await owner.client.post('/api/register/check-in-link');
    expect(renewed.statusCode).toBe(200);
    const url = renewed.json<{ url: string }>().url;
    expect(url).not.toBe(owner.link.url);

    const old = await t.client().get(`/api/check-in/${owner.token}`);
    expect(old.statusCode).toBe(404);
    expect(old.json().code).toBe('CHECK_IN_UNAVAILABLE');
    expect((await t.client().post(`/api/check-in/${owner.token}`, germanGuest())).statusCode).toBe(404);
    expect((await t.client().get(new URL(url).pathname.replace('/inchecken/', '/api/check-in/'))).statusCode).toBe(200);

    const events = (await owner.client.get('/api/audit-events?action=register.check_in_link_renewed')).json().events as unknown[];
    expect(events).toHaveLength(1);
  });

  it('answers unknown, malformed and unapproved links alike: unavailable', async () => {
    for (const token of ['AAAAAAAAAAAAAAAAAAAAAA', 'nope', `${main.token.slice(0, 21)}%21`]) {
      const response = await t.client().get(`/api/check-in/${token}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('CHECK_IN_UNAVAILABLE');
    }
    const owner = await ownerWithLink(t);
    const [user] = await t.deps.db.select().from(users).where(eq(users.email, owner.input.email));
    await t.deps.db
      .update(accommodations)
      .set({ status: 'pending' })
      .where(eq(accommodations.id, user?.accommodationId ?? ''));
    expect((await t.client().get(`/api/check-in/${owner.token}`)).json().code).toBe('CHECK_IN_UNAVAILABLE');
  });
});

describe("the guest's form", () => {
  it('tells the guest where they check in, the privacy statements and what the municipality asks', async () => {
    const response = await t.client().get(`/api/check-in/${main.token}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      accommodation: { name: main.input.companyName, city: main.input.city },
      municipality: { name: t.municipalities.find((m) => m.id === main.input.municipalityId)?.name },
      privacyStatement: { accommodation: null, municipality: null },
      recordDocumentNumber: false,
      askDateOfBirth: true,
      askNationality: true,
      apvCitation: null,
      // The date of birth is asked, so "jonger dan N?" is not.
      childExemptionAge: null,
    });
  });

  it('adds a pending stay with the signature that staff see and confirm', async () => {
    const response = await t.client().post(`/api/check-in/${main.token}`, germanGuest());
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ arrival: '2026-07-10', departure: '2026-07-13' });

    const pending = (await main.client.get('/api/register/stays?view=pending')).json().stays as {
      id: string;
      status: string;
      source: string;
      hasSignature: boolean;
      guest: { surname: string };
      coTravellers: unknown[];
    }[];
    expect(pending).toHaveLength(1);
    const stay = pending.find((s) => s.guest.surname === 'Schmidt');
    expect(stay).toMatchObject({ status: 'pending', source: 'self_check_in', hasSignature: true, guest: { surname: 'Schmidt' } });
    expect(stay?.coTravellers).toHaveLength(1);

    const signature = await main.client.get(`/api/register/stays/${stay?.id}/signature`);
    expect(signature.statusCode).toBe(200);
    expect(signature.headers['content-type']).toBe('image/png');
    expect(signature.headers['cache-control']).toBe('no-store');
    expect(signature.rawPayload.equals(PNG)).toBe(true);
    // Kept encrypted: the database never holds the image itself.
    const [row] = await t.deps.db
      .select({ signature: stays.signature })
      .from(stays)
      .where(eq(stays.id, stay?.id ?? ''));
    expect(row?.signature).not.toContain(PNG.toString('base64'));

    const confirmed = await main.client.post(`/api/register/stays/${stay?.id}/confirm`);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().stay.status).toBe('registered');
    const stillPending = (await main.client.get('/api/register/stays?view=pending')).json().stays as { id: string }[];
    expect(stillPending.map((s) => s.id)).not.toContain(stay?.id);
  });

  it('asks a foreign guest to sign, and refuses a signature that is not a PNG image', async () => {
    const before = await stayCount(main.input.email);
    const unsigned = await t.client().post(`/api/check-in/${main.token}`, germanGuest({ signature: '' }));
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().fields.signature.code).toBe('SIGNATURE_REQUIRED');

    const gif = `data:image/png;base64,${Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;').toString('base64')}`;
    const notPng = await t.client().post(`/api/check-in/${main.token}`, germanGuest({ signature: gif }));
    expect(notPng.statusCode).toBe(400);
    expect(notPng.json().fields.signature.code).toBe('SIGNATURE_INVALID');
    expect(await stayCount(main.input.email)).toBe(before);

    // A Dutch guest need not sign.
    expect((await t.client().post(`/api/check-in/${main.token}`, aStay({ arrival: '2026-07-11', departure: '2026-07-12' }))).statusCode).toBe(201);
  });

  it('never shows a guest anything of another guest', async () => {
    const response = await t.client().post(`/api/check-in/${main.token}`, aStay({ guest: { surname: 'De Vries' } }));
    expect(response.statusCode).toBe(201);
    expect(Object.keys(response.json()).sort()).toEqual(['arrival', 'departure']);
    for (const answer of [response.body, (await t.client().get(`/api/check-in/${main.token}`)).body]) {
      expect(answer).not.toMatch(/Schmidt|Jansen|Berlin|Utrecht/);
    }
  });

  it('stores nothing when the hidden honeypot field is filled in, but answers as if it did', async () => {
    const before = await stayCount(main.input.email);
    const response = await t.client().post(`/api/check-in/${main.token}`, germanGuest({ website: 'https://spam.example' }));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ arrival: '2026-07-10', departure: '2026-07-13' });
    expect(await stayCount(main.input.email)).toBe(before);
  });
});

describe('what the answer gives away', () => {
  /** What a client can compare of two answers: status, body and the headers that describe the body. */
  const visible = (response: { statusCode: number; body: string; headers: Record<string, unknown> }) => ({
    status: response.statusCode,
    body: response.body,
    type: response.headers['content-type'],
    length: response.headers['content-length'],
  });

  it('never carries a register number: whoever checks in after whom, the answers are the same', async () => {
    const owner = await ownerWithLink(t);
    // Earlier stays push the register's running number up; the answers must not show it.
    for (const surname of ['Eerder', 'Later']) expect((await owner.client.post('/api/register/stays', aStay({ guest: { surname } }))).statusCode).toBe(201);
    const answers = [];
    for (const surname of ['Jansen', 'De Vries']) {
      answers.push(
        visible(await t.client().post(`/api/check-in/${owner.token}`, aStay({ arrival: '2026-08-01', departure: '2026-08-03', guest: { surname } }))),
      );
    }
    const expected = { status: 201, body: JSON.stringify({ arrival: '2026-08-01', departure: '2026-08-03' }), type: 'application/json; charset=utf-8' };
    expect(answers).toEqual([expect.objectContaining(expected), expect.objectContaining(expected)]);
    expect(answers[0]).toEqual(answers[1]);
  });

  it("answers the honeypot exactly as a guest's form, the same refusals included", async () => {
    const owner = await ownerWithLink(t);
    const form = germanGuest({ arrival: '2026-09-01', departure: '2026-09-04' });
    const robot = { ...form, website: 'https://spam.example' };
    const gif = `data:image/png;base64,${Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;').toString('base64')}`;
    for (const [guest, bot] of [
      [form, robot],
      [
        { ...form, signature: gif },
        { ...robot, signature: gif },
      ],
    ]) {
      const real = visible(await t.client().post(`/api/check-in/${owner.token}`, guest));
      const fake = visible(await t.client().post(`/api/check-in/${owner.token}`, bot));
      expect(fake).toEqual(real);
    }
    expect(await stayCount(owner.input.email)).toBe(1);
  });

  it("refuses the honeypot's form for a missing document number as it refuses a guest's", async () => {
    const amsterdam = t.municipalities.find((m) => m.code === 'GM0363')?.id;
    const officer = await signedInOperatorAccount(t, 'municipality', 'GM0363');
    const settings = (await officer.client.get('/api/municipality/settings')).json();
    const changed = { ...settings, contactEmail: '', contactPhone: '', contactText: '', themeColor: '', recordDocumentNumber: true };
    expect((await officer.client.put('/api/municipality/settings', changed)).statusCode).toBe(200);
    const owner = await signedInOwner(t, { municipalityId: amsterdam, city: 'Amsterdam' });
    const url = new URL((await owner.client.get('/api/register/check-in-link')).json<{ url: string }>().url).pathname.replace('/inchecken/', '/api/check-in/');

    const real = await t.client().post(url, germanGuest());
    expect([real.statusCode, real.json().fields?.['guest.documentNumber']?.code]).toEqual([400, 'REQUIRED']);
    expect(visible(await t.client().post(url, germanGuest({ website: 'https://spam.example' })))).toEqual(visible(real));
  });
});

describe('abuse', () => {
  it('limits the forms one address sends', async () => {
    const owner = await ownerWithLink(t);
    const guest = t.client();
    for (let i = 0; i < 3; i++) expect((await guest.post(`/api/check-in/${owner.token}`, aStay())).statusCode).toBe(201);
    const limited = await guest.post(`/api/check-in/${owner.token}`, aStay());
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('RATE_LIMITED');
    expect(await stayCount(owner.input.email)).toBe(3);
  });

  it('limits the forms one link receives, from whatever address', async () => {
    const owner = await ownerWithLink(t);
    for (let i = 0; i < 6; i++) expect((await t.client().post(`/api/check-in/${owner.token}`, aStay())).statusCode).toBe(201);
    expect((await t.client().post(`/api/check-in/${owner.token}`, aStay())).statusCode).toBe(429);
    // Another accommodation's guests are not held up by it.
    expect((await t.client().post(`/api/check-in/${main.token}`, aStay())).statusCode).toBe(201);
  });

  it("shows a signature only to the stay's own accommodation", async () => {
    const stay = (await main.client.get('/api/register/stays?view=all')).json().stays.find((s: { hasSignature: boolean }) => s.hasSignature) as { id: string };
    const other = await signedInOwner(t);
    expect((await other.client.get(`/api/register/stays/${stay.id}/signature`)).statusCode).toBe(404);
    expect((await t.client().get(`/api/register/stays/${stay.id}/signature`)).statusCode).toBe(401);
  });
});

describe('the poster', () => {
  it('is an A4 PDF whose QR code opens the check-in link', async () => {
    const response = await main.client.get('/api/register/check-in-poster.pdf');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(response.rawPayload);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(await readQrCodes(response.rawPayload)).toBe(main.link.url);
  });

  it('has the same QR code on the staff page', async () => {
    const png = Buffer.from(main.link.qrCode.replace(/^data:image\/png;base64,/, ''), 'base64');
    expect(zbarimg(writeTemp('qr.png', png))).toBe(main.link.url);
  });
});

async function stayCount(ownerEmail: string): Promise<number> {
  const [user] = await t.deps.db.select().from(users).where(eq(users.email, ownerEmail));
  return (
    await t.deps.db
      .select({ id: stays.id })
      .from(stays)
      .where(eq(stays.accommodationId, user?.accommodationId ?? ''))
  ).length;
}

function writeTemp(name: string, bytes: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'poster-')), name);
  fs.writeFileSync(file, bytes);
  return file;
}

function zbarimg(file: string): string {
  return execFileSync('zbarimg', ['--nodbus', '--quiet', '--raw', file], { encoding: 'utf8' }).trim();
}

function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The QR code as a phone reads it: the printed page rendered by pdftoppm where poppler is
 * installed; otherwise the image placed in the PDF, unpacked from its stream into a PPM.
 */
async function readQrCodes(pdf: Buffer): Promise<string> {
  if (hasCommand('pdftoppm')) {
    const file = writeTemp('poster.pdf', pdf);
    execFileSync('pdftoppm', ['-png', '-r', '100', '-singlefile', file, file.replace(/\.pdf$/, '')]);
    return zbarimg(file.replace(/\.pdf$/, '.png'));
  }
  return zbarimg(writeTemp('qr.ppm', await embeddedRgbImage(pdf)));
}

/** The poster's one colour image (the QR code) as a binary PPM, which zbarimg reads. */
async function embeddedRgbImage(pdf: Buffer): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf);
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const { dict } = object;
    if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Image') || dict.get(PDFName.of('ColorSpace')) !== PDFName.of('DeviceRGB')) continue;
    const width = dict.lookup(PDFName.of('Width'), PDFNumber).asNumber();
    const height = dict.lookup(PDFName.of('Height'), PDFNumber).asNumber();
    return Buffer.concat([Buffer.from(`P6\n${width} ${height}\n255\n`), zlib.inflateSync(object.contents)]);
  }
  throw new Error('the poster holds no colour image');
}
