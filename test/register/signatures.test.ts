// Schengen art. 45 at the desk too: who must sign (foreign guests, EU citizens included, except
// accompanying partners, minor children and travel group members), signatures taken with a new
// stay at the desk (on screen or "op papier"), stays from the API and CSV that wait as
// "handtekening ontbreekt", completing them later as a new version in the chain with its audit
// event, and the state as staff, booking systems, self check-in and inspectors see it.
//
// Legal source of every example: Convention implementing the Schengen Agreement of 14 June 1985
// (Trb. 1990, 145; OJ L 239, 22.9.2000, p. 19), art. 45(1)(a): hotel operators "ensure that
// aliens, including nationals of other Contracting Parties and other Member States of the
// European Communities, but excluding accompanying spouses or minors or members of travel
// groups, personally complete and sign registration forms"; in Dutch law the register itself is
// Wetboek van Strafrecht art. 438.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { randomIp, startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { signedInOperatorAccount, signedInOwner, staffUserOf } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp();

/** A 1×1 PNG, as a signature drawn on screen arrives. */
const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const gm0222 = t.municipalities.find((m) => m.code === 'GM0222')?.id;
const owner = await signedInOwner(t, { municipalityId: gm0222, companyName: 'Hotel De Waag' });
const accommodationId: string = (await owner.client.get('/api/session')).json().accommodation.id;
const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0222');

const german = { initials: 'M.', surname: 'Schneider', residence: 'Köln', country: 'DE', nationality: 'DE', documentType: 'passport' };

interface Signer {
  person: number;
  surname: string;
  signed: { method: string; witnessName: string | null; image: boolean } | null;
}
interface StayView {
  id: string;
  number: number;
  version: number;
  signatureStatus: string | null;
  signers: Signer[];
}

async function register(client: TestClient, stay: Record<string, unknown>): Promise<StayView> {
  const response = await client.post('/api/register/stays', stay);
  expect(response.statusCode).toBe(201);
  return response.json().stay;
}

const signerNames = (stay: StayView) => stay.signers.map((s) => s.surname);

describe('who signs personally', () => {
  it('asks the foreign main guest and adult co-travellers who are no exception; not partners, minor children, group members or Dutch guests', async () => {
    // A German family arriving 1 July 2026: the guest, his wife (partner), a daughter of 17 and a
    // son of 18 (an adult "child" is no minor child), a friend of unknown age, and a Dutch cousin.
    const stay = await register(
      owner.client,
      aStay({
        arrival: '2026-07-01',
        departure: '2026-07-05',
        persons: 6,
        guest: german,
        coTravellers: [
          { initials: 'A.', surname: 'Partner', dateOfBirth: '1985-02-01', relation: 'partner' },
          { initials: 'L.', surname: 'Tochter', dateOfBirth: '2008-07-02', relation: 'child' },
          { initials: 'J.', surname: 'Sohn', dateOfBirth: '2008-07-01', relation: 'child' },
          { initials: 'F.', surname: 'Freund', relation: 'other' },
          { initials: 'K.', surname: 'Neef', dateOfBirth: '1990-01-01', relation: 'other', nationality: 'NL' },
        ],
      }),
    );
    expect(stay.signatureStatus).toBe('missing');
    expect(signerNames(stay)).toEqual(['Schneider', 'Sohn', 'Freund']);
    expect(stay.signers.map((s) => s.person)).toEqual([0, 3, 4]);
  });

  it('asks nobody of a Dutch family, nor of a travel group but its leader', async () => {
    const dutch = await register(owner.client, aStay({ persons: 2, coTravellers: [{ initials: 'P.', surname: 'Jansen', dateOfBirth: '1981-01-01' }] }));
    expect(dutch.signatureStatus).toBe('not_required');
    // A Belgian coach party: EU citizens sign too (art. 45 names them), members of the group do not.
    const group = await register(
      owner.client,
      aStay({
        persons: 3,
        guest: { ...german, surname: 'Peeters', country: 'BE', nationality: 'BE' },
        coTravellers: [
          { initials: 'A.', surname: 'Claes', dateOfBirth: '1950-05-05', relation: 'group_member' },
          { initials: 'B.', surname: 'Wouters', dateOfBirth: '1952-06-06', relation: 'group_member' },
        ],
      }),
    );
    expect(signerNames(group)).toEqual(['Peeters']);
  });
});

describe('signatures taken with a new stay at the desk', () => {
  it('keeps one on screen and one on paper with who saw it, so the stay is complete', async () => {
    const stay = await register(owner.client, {
      ...aStay({ persons: 2, guest: german, coTravellers: [{ initials: 'F.', surname: 'Freund', dateOfBirth: '1990-01-01' }] }),
      signatures: [
        { person: 0, method: 'screen', image: SIGNATURE },
        { person: 1, method: 'paper' },
      ],
    });
    expect(stay.signatureStatus).toBe('complete');
    expect(stay.signers[0]?.signed).toMatchObject({ method: 'screen', image: true });
    expect(stay.signers[1]?.signed).toMatchObject({ method: 'paper', image: false, witnessName: owner.input.email });
    const png = await owner.client.get(`/api/register/stays/${stay.id}/signature?person=0`);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    // Paper leaves no image.
    expect((await owner.client.get(`/api/register/stays/${stay.id}/signature?person=1`)).statusCode).toBe(404);
    // The encrypted image never travels with the stay.
    expect(JSON.stringify(stay)).not.toContain('image/png');
  });

  it('refuses a signature of someone who need not sign, and a screen signature that is no PNG, at the field', async () => {
    const dutchPerson = await owner.client.post('/api/register/stays', { ...aStay(), signatures: [{ person: 0, method: 'paper' }] });
    expect(dutchPerson.statusCode).toBe(400);
    expect(dutchPerson.json().fields['signatures.0.person'].code).toBe('SIGNATURE_PERSON_INVALID');
    const notPng = await owner.client.post('/api/register/stays', {
      ...aStay({ guest: german }),
      signatures: [{ person: 0, method: 'screen', image: 'data:image/png;base64,AAAA' }],
    });
    expect(notPng.json().fields['signatures.0.image'].code).toBe('SIGNATURE_INVALID');
    const empty = await owner.client.post('/api/register/stays', { ...aStay({ guest: german }), signatures: [{ person: 0, method: 'screen' }] });
    expect(empty.json().fields['signatures.0.image'].code).toBe('SIGNATURE_REQUIRED');
  });
});

describe('a stay waiting for its signature', () => {
  it('is shown as missing to staff, in the list and the search, and is completed later as a new version with its audit event', async () => {
    const stay = await register(owner.client, aStay({ arrival: '2026-08-01', departure: '2026-08-03', guest: { ...german, surname: 'Wartend' } }));
    expect(stay.signatureStatus).toBe('missing');
    const staff = t.client();
    await staff.post('/api/sessions', await staffUserOf(t, owner.input.email));
    const found = (await staff.get('/api/register/stays?q=wartend')).json().stays;
    expect(found.map((s: StayView) => s.signatureStatus)).toEqual(['missing']);

    const signed = await staff.post(`/api/register/stays/${stay.id}/signatures`, { person: 0, method: 'screen', image: SIGNATURE });
    expect(signed.statusCode).toBe(200);
    expect(signed.json().stay).toMatchObject({ version: stay.version + 1, signatureStatus: 'complete' });
    const detail = (await owner.client.get(`/api/register/stays/${stay.id}`)).json();
    expect(detail.history.map((h: { change: string }) => h.change)).toEqual(['created', 'signed']);
    expect(detail.history[1].changedFields).toEqual(['signatures']);
    const events = (await owner.client.get('/api/audit-events?action=register.stay_signed')).json().events;
    const event = events.find((e: { details: { stayNumber: number } }) => e.details.stayNumber === stay.number);
    expect(event.details).toEqual({ stayNumber: stay.number, person: 0, method: 'screen' });
    expect(JSON.stringify(events)).not.toContain('base64');

    // Once signed, the person cannot sign again; nobody else need sign.
    const again = await staff.post(`/api/register/stays/${stay.id}/signatures`, { person: 0, method: 'paper' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SIGNATURE_PERSON_INVALID');
    const nobody = await staff.post(`/api/register/stays/${stay.id}/signatures`, { person: 1, method: 'paper' });
    expect(nobody.json().fields.person.code).toBe('SIGNATURE_PERSON_INVALID');

    // The register is still intact: the signature is a version in the chain like any other change.
    const integrity = await inspector.client.post(`/api/inspection/accommodations/${accommodationId}/integrity`, { reason: 'Periodieke controle' });
    expect(integrity.json()).toMatchObject({ intact: true, problems: [] });
  });

  it('takes a paper signature with who saw it, and a stay that is cancelled no longer', async () => {
    const stay = await register(owner.client, aStay({ guest: { ...german, surname: 'Papier' } }));
    const paper = (await owner.client.post(`/api/register/stays/${stay.id}/signatures`, { person: 0, method: 'paper', image: SIGNATURE })).json().stay;
    expect(paper.signers[0].signed).toMatchObject({ method: 'paper', witnessName: owner.input.email, image: false });
    const other = await register(owner.client, aStay({ guest: { ...german, surname: 'Weg' } }));
    await owner.client.post(`/api/register/stays/${other.id}/cancel`, { reason: 'Niet gekomen' });
    expect((await owner.client.post(`/api/register/stays/${other.id}/signatures`, { person: 0, method: 'paper' })).json().code).toBe('STAY_CANCELLED');
  });
});

describe('stays from a booking system and a CSV file', () => {
  it('are accepted without signatures and say so in a machine-readable field', async () => {
    const { token } = (await owner.client.post('/api/register/api-tokens', { name: 'PMS' })).json();
    const api = (body: unknown) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/stays',
        remoteAddress: randomIp(),
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
    const one = await api({ ...aStay({ guest: german }), bookingReference: `BK-${randomBytes(3).toString('hex')}` });
    expect(one.statusCode).toBe(201);
    expect(one.json().stay.signatureStatus).toBe('missing');
    const batch = await api({ stays: [aStay({ guest: german }), aStay()] });
    expect(batch.json().results.map((r: { stay: { signatureStatus: string } }) => r.stay.signatureStatus)).toEqual(['missing', 'not_required']);
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(JSON.stringify(doc)).toContain('signatureStatus');
  });

  it('imports a foreign guest from CSV as missing a signature', async () => {
    const header = 'aankomst;vertrek;personen;reisdoel;voorletters;achternaam;woonplaats;land;geboortedatum;nationaliteit;documentsoort';
    const csv = `${header}\r\n2026-09-01;2026-09-03;1;toerist;P.;Dupont;Lyon;FR;1970-01-01;FR;paspoort`;
    expect((await owner.client.post('/api/register/imports', { csv })).statusCode).toBe(200);
    const [stay] = (await owner.client.get('/api/register/stays?q=dupont')).json().stays;
    expect(stay).toMatchObject({ source: 'import', signatureStatus: 'missing' });
  });
});

describe('self check-in and the inspector', () => {
  it('counts the guest who signed on their phone, and shows the inspector what is missing', async () => {
    const link = (await owner.client.get('/api/register/check-in-link')).json().url as string;
    const token = new URL(link).pathname.split('/').pop() ?? '';
    const checkIn = await t.client().post(`/api/check-in/${token}`, {
      ...aStay({
        arrival: '2026-10-01',
        departure: '2026-10-03',
        persons: 2,
        guest: { ...german, surname: 'Selbst' },
        coTravellers: [{ initials: 'B.', surname: 'Begleiter', dateOfBirth: '1970-01-01' }],
      }),
      signature: SIGNATURE,
    });
    expect(checkIn.statusCode).toBe(201);
    const [own] = (await owner.client.get('/api/register/stays?q=selbst')).json().stays;
    // The guest signed on the phone; the adult co-traveller (relation unknown) still signs at the desk.
    expect(own.signers.map((s: Signer) => [s.surname, s.signed?.method ?? null])).toEqual([
      ['Selbst', 'screen'],
      ['Begleiter', null],
    ]);
    expect(own.signatureStatus).toBe('missing');

    const night = await inspector.client.post('/api/inspection/night', { reason: 'Controle nachtregister', night: '2026-10-01', accommodationId });
    const [seen] = night.json().stays;
    expect(seen).toMatchObject({ signatureStatus: 'missing' });
    expect(seen.signers.map((s: Signer) => s.signed !== null)).toEqual([true, false]);
    expect(JSON.stringify(night.json())).not.toContain('kept');
  });
});
