// Residency per person from the postcode and house number (decision 0016). Gemeentewet art. 224
// lid 1: the tourist tax is levied on those who stay overnight in the municipality and are not
// registered (BRP) at an address in it. The worked examples are the places where the earlier
// place-name rule went wrong: Texel's villages (a guest from Den Burg lives in Texel), the two
// Bergens (Bergen (L.), GM0893, and Bergen (NH.), GM0373), Hengelo the Gelderland village
// (municipality Bronckhorst, GM1876) against the municipality Hengelo (GM0164). The postcode table
// is the operator's import of a CBS "postcode-huisnummer" file in its own format; the postcodes
// are those of these places, the house numbers and the border postcode are made up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TaxReturnView } from '../../src/shared/schemas/tourist-tax.ts';
import { upsertMunicipalities } from '../../src/server/modules/organisations/municipalities/repository.ts';
import { importPostcodes, PostcodeFileError } from '../../src/server/modules/register/residency/postcode-table.ts';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp({ clock: manualClock(new Date('2026-06-01T10:00:00Z')) });
const admin = await signedInOperatorAccount(t, 'admin');

// Before any import: the example table shipped with the app (PC4 areas of the demo municipalities).
const shipped = (await admin.client.get('/api/admin/postcode-table')).json().table;

await upsertMunicipalities(t.deps.db, [
  { cbsCode: 'GM0448', name: 'Texel' },
  { cbsCode: 'GM0893', name: 'Bergen (L.)' },
  { cbsCode: 'GM0373', name: 'Bergen (NH.)' },
  { cbsCode: 'GM0164', name: 'Hengelo' },
  { cbsCode: 'GM1876', name: 'Bronckhorst' },
]);
const ids = new Map(
  (await t.client().get('/api/municipalities')).json<{ municipalities: { id: string; code: string }[] }>().municipalities.map((m) => [m.code, m.id]),
);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postcodes-'));
const cbsFile = path.join(dir, 'pc6hnr20250801_gwb.csv');
fs.writeFileSync(
  cbsFile,
  [
    'PC6;Huisnummer;Buurt2025;Wijk2025;Gemeente2025',
    '1791AB;3;04480101;044801;0448',
    '1791AB;1;04480101;044801;0448',
    '5854AA;10;08930000;089300;0893',
    '1861AA;5;03730000;037300;0373',
    '7255AA;2;18760000;187600;1876',
    '7551AA;7;01640000;016400;0164',
    // A postcode on a municipal border: the house number decides.
    '7255ZZ;1;18760000;187600;1876',
    '7255ZZ;9;18760000;187600;1876',
    '7255ZZ;11;01640000;016400;0164',
    '7255ZZ;15;01640000;016400;0164',
  ].join('\r\n'),
);
const imported = await importPostcodes(t.deps.db, cbsFile, t.clock.now());

async function ownerIn(code: string, companyName: string) {
  // A rate for the returns to count against; residents are exempt under any rate, or none.
  const officer = await signedInOperatorAccount(t, 'municipality', code);
  const rule = await officer.client.post('/api/municipality/tax/rules', {
    validFrom: '2026-01-01',
    perPersonNightCents: 250,
    sourceCitation: 'Voorbeeld, geen echte verordening',
  });
  expect(rule.statusCode, rule.body).toBe(201);
  const owner = await signedInOwner(t, { municipalityId: ids.get(code), companyName, accommodationType: 'hotel' });
  const register = async (fields: Parameters<typeof aStay>[0]) => {
    const response = await owner.client.post('/api/register/stays', aStay({ arrival: '2026-05-04', departure: '2026-05-06', ...fields }));
    expect(response.statusCode, response.body).toBe(201);
    return response.json().stay as { id: string; residency: { mainGuest: boolean; decidedBy: string; residents: number } };
  };
  const taxYear = async () => (await owner.client.get('/api/tax/returns/2026')).json<TaxReturnView>();
  return { ...owner, register, taxYear };
}

const texel = await ownerIn('GM0448', 'Hotel De Koog');
const bergenL = await ownerIn('GM0893', 'Maashotel Bergen');
const hengelo = await ownerIn('GM0164', 'Stadshotel Hengelo');

describe('the postcode table', () => {
  it('ships with the example, which the operator replaces with the CBS file, house numbers kept as ranges', async () => {
    expect(shipped).toMatchObject({ example: true, source: expect.stringContaining('Voorbeeldtabel') });
    expect(imported).toMatchObject({ source: 'pc6hnr20250801_gwb.csv', example: false });
    // 1791AB's two addresses are one range; the border postcode is two.
    expect(imported.areas).toBe(7);
    expect((await admin.client.get('/api/admin/postcode-table')).json().table).toEqual(imported);
    expect((await texel.client.get('/api/admin/postcode-table')).statusCode).toBe(403);
  });

  it('refuses a file with a bad line by its number, and keeps the table it had', async () => {
    const bad = path.join(dir, 'kapot.csv');
    fs.writeFileSync(bad, 'PC6;Huisnummer;Gemeente2025\n1791AB;3;0448\n1791A;5;0448\n');
    await expect(importPostcodes(t.deps.db, bad, t.clock.now())).rejects.toThrow(
      new PostcodeFileError('line 3: "1791A;5;0448" is not a postcode, house number and municipality code'),
    );
    const noColumns = path.join(dir, 'anders.csv');
    fs.writeFileSync(noColumns, 'postcode;plaats\n1791AB;Den Burg\n');
    await expect(importPostcodes(t.deps.db, noColumns, t.clock.now())).rejects.toThrow(PostcodeFileError);
    expect((await admin.client.get('/api/admin/postcode-table')).json().table).toEqual(imported);
  });

  it('answers the stay form: where the address lies, and whether that is the accommodation’s municipality', async () => {
    const ask = async (query: string) => (await texel.client.get(`/api/register/residency?${query}`)).json();
    expect(await ask('postcode=1791%20ab&houseNumber=3')).toEqual({
      municipality: { code: 'GM0448', name: 'Texel' },
      resident: true,
      ownMunicipality: { code: 'GM0448', name: 'Texel' },
      exampleTable: false,
    });
    expect(await ask('postcode=5854AA&houseNumber=10')).toMatchObject({ municipality: { code: 'GM0893', name: 'Bergen (L.)' }, resident: false });
    // Not in the table: nobody can say, so not a resident.
    expect(await ask('postcode=9999ZZ&houseNumber=1')).toMatchObject({ municipality: null, resident: false });
    const bad = await texel.client.get('/api/register/residency?postcode=17911&houseNumber=nul');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toMatchObject({ postcode: { code: 'POSTCODE_INVALID' }, houseNumber: { code: 'HOUSE_NUMBER_INVALID' } });
    // What Number() would read as a number is no house number.
    for (const odd of ['1e3', '0x10', '%201', '1%0A', '0']) {
      const answer = await texel.client.get(`/api/register/residency?postcode=1791AB&houseNumber=${odd}`);
      expect([odd, answer.json().fields?.houseNumber?.code]).toEqual([odd, 'HOUSE_NUMBER_INVALID']);
    }
    // Only the register's own people ask.
    expect((await t.client().get('/api/register/residency?postcode=1791AB&houseNumber=3')).statusCode).toBe(401);
  });
});

describe('worked examples: where the place name went wrong', () => {
  it('Texel: a guest from Den Burg lives in Texel and is exempt, though "Den Burg" is not "Texel"', async () => {
    const stay = await texel.register({ guest: { surname: 'Eilander', residence: 'Den Burg', postcode: '1791 AB', houseNumber: 3 } });
    expect(stay.residency).toEqual({ mainGuest: true, decidedBy: 'postcode', residents: 1 });
  });

  it('Bergen: a guest from Bergen (NH.) is not a resident of Bergen (L.); one from Bergen (L.) is', async () => {
    const noordHolland = await bergenL.register({ guest: { surname: 'Noordhollander', residence: 'Bergen', postcode: '1861 AA', houseNumber: 5 } });
    expect(noordHolland.residency).toMatchObject({ mainGuest: false, residents: 0 });
    const limburg = await bergenL.register({ guest: { surname: 'Limburger', residence: 'Bergen', postcode: '5854 AA', houseNumber: 10 } });
    expect(limburg.residency).toMatchObject({ mainGuest: true, residents: 1 });
    const year = await bergenL.taxYear();
    expect(year.totals).toMatchObject({ personNights: 4, exempt: { resident: 2 }, taxablePersonNights: 2 });
  });

  it('Hengelo: a guest from the village Hengelo (Gld.) is not a resident of the municipality Hengelo', async () => {
    const village = await hengelo.register({ guest: { surname: 'Achterhoeker', residence: 'Hengelo', postcode: '7255 AA', houseNumber: 2 } });
    expect(village.residency).toMatchObject({ mainGuest: false, residents: 0 });
    const town = await hengelo.register({ guest: { surname: 'Tukker', residence: 'Hengelo', postcode: '7551 AA', houseNumber: 7 } });
    expect(town.residency).toMatchObject({ mainGuest: true, residents: 1 });
  });

  it('a postcode on a municipal border: the house number decides', async () => {
    const bronckhorst = await hengelo.register({ guest: { surname: 'Grensbewoner', residence: 'Hengelo', postcode: '7255 ZZ', houseNumber: 9 } });
    const hengeloSide = await hengelo.register({ guest: { surname: 'Overbuur', residence: 'Hengelo', postcode: '7255 ZZ', houseNumber: 15 } });
    expect([bronckhorst.residency.mainGuest, hengeloSide.residency.mainGuest]).toEqual([false, true]);
  });

  it('a guest abroad is not a resident whatever the place name; a postcode is for Dutch addresses only', async () => {
    const abroad = await texel.register({ guest: { surname: 'Fremder', residence: 'Texel', country: 'DE', nationality: 'DE' } });
    expect(abroad.residency).toMatchObject({ mainGuest: false, residents: 0 });
    const refused = await texel.client.post('/api/register/stays', aStay({ guest: { country: 'DE', nationality: 'DE', postcode: '1791 AB', houseNumber: 3 } }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toMatchObject({ 'guest.postcode': { code: 'POSTCODE_ONLY_NL' } });
    const half = await texel.client.post('/api/register/stays', aStay({ guest: { postcode: '1791 AB' } }));
    expect(half.json().fields).toMatchObject({ 'guest.houseNumber': { code: 'HOUSE_NUMBER_INVALID' } });
  });
});

describe('per person', () => {
  it('taxes a resident’s companions from elsewhere; those at the same address are exempt too', async () => {
    const before = (await texel.taxYear()).totals;
    const family = await texel.register({
      arrival: '2026-05-10',
      departure: '2026-05-13',
      persons: 4,
      guest: { surname: 'Zeeman', residence: 'Den Burg', postcode: '1791 AB', houseNumber: 1 },
      coTravellers: [
        { initials: 'A.', surname: 'Zeeman', relation: 'partner', sameAddress: true },
        { initials: 'B.', surname: 'Logé', relation: 'other' },
      ],
    });
    // The fourth person is not named: nobody says where they live, so they are taxed.
    expect(family.residency).toEqual({ mainGuest: true, decidedBy: 'postcode', residents: 2 });
    const after = (await texel.taxYear()).totals;
    expect(after.exempt.resident - before.exempt.resident).toBe(2 * 3);
    expect(after.taxablePersonNights - before.taxablePersonNights).toBe(2 * 3);
  });

  it('"same address" means nothing beside a main guest from elsewhere', async () => {
    const stay = await texel.register({
      guest: { surname: 'Vaste Wal', residence: 'Den Helder' },
      coTravellers: [{ initials: 'C.', surname: 'Vaste Wal', sameAddress: true }],
      persons: 2,
    });
    expect(stay.residency).toMatchObject({ mainGuest: false, residents: 0 });
  });
});

describe('the owner’s word', () => {
  it('confirms or denies what the table says, and is shown as the owner’s', async () => {
    // Moved to Texel last month: registered here, though the table (or no postcode) says otherwise.
    const moved = await texel.register({ guest: { surname: 'Nieuwkomer', residence: 'Oosterend', resident: true } });
    expect(moved.residency).toEqual({ mainGuest: true, decidedBy: 'owner', residents: 1 });
    const denied = await texel.register({ guest: { surname: 'Tweede Huis', residence: 'Den Burg', postcode: '1791 AB', houseNumber: 3, resident: false } });
    expect(denied.residency).toEqual({ mainGuest: false, decidedBy: 'owner', residents: 0 });
  });

  it('is the owner’s alone: a guest at self check-in cannot declare themselves exempt', async () => {
    const link = (await texel.client.get('/api/register/check-in-link')).json<{ url: string }>();
    const token = new URL(link.url).pathname.split('/').pop() ?? '';
    const guest = aStay({
      arrival: '2026-06-01',
      departure: '2026-06-03',
      guest: { surname: 'Slimmerik', residence: 'Utrecht', postcode: '3511 AB', houseNumber: 1, resident: true },
    });
    const response = await t.client().post(`/api/check-in/${token}`, guest);
    expect(response.statusCode, response.body).toBe(201);
    const [stay] = (await texel.client.get('/api/register/stays?q=slimmerik')).json().stays as { residency: unknown }[];
    expect(stay?.residency).toEqual({ mainGuest: false, decidedBy: 'postcode', residents: 0 });
  });

  it('a correction that adds the address decides anew; one that changes nothing else keeps it', async () => {
    const stay = await texel.register({ guest: { surname: 'Later', residence: 'Den Burg' } });
    expect(stay.residency.mainGuest).toBe(false);
    const corrected = await texel.client.put(`/api/register/stays/${stay.id}`, {
      stay: aStay({ arrival: '2026-05-04', departure: '2026-05-06', guest: { surname: 'Later', residence: 'Den Burg', postcode: '1791 AB', houseNumber: 1 } }),
      reason: 'Adres nagevraagd bij de gast',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().stay.residency).toEqual({ mainGuest: true, decidedBy: 'postcode', residents: 1 });
    const checkedIn = await texel.client.post(`/api/register/stays/${stay.id}/check-in`);
    expect(checkedIn.json().stay.residency).toEqual({ mainGuest: true, decidedBy: 'postcode', residents: 1 });
  });
});

describe('the CSV import', () => {
  it('reads the postcode and house number columns, the house number with its addition', async () => {
    const csv = [
      'aankomst;vertrek;voorletters;achternaam;woonplaats;postcode;huisnummer;land;geboortedatum;nationaliteit;documentsoort',
      '2026-05-20;2026-05-21;D.;Duinbewoner;De Koog;1791AB;3 A;NL;1970-01-01;NL;paspoort',
      '2026-05-20;2026-05-21;E.;Overkant;Den Helder;;;NL;1970-01-01;NL;paspoort',
    ].join('\n');
    const response = await texel.client.post('/api/register/imports', { csv });
    expect(response.statusCode, response.body).toBe(200);
    const found = async (name: string) =>
      ((await texel.client.get(`/api/register/stays?q=${name}`)).json().stays as { residency: { mainGuest: boolean } }[])[0]?.residency.mainGuest;
    expect([await found('duinbewoner'), await found('overkant')]).toEqual([true, false]);
    const export_ = await texel.client.get('/api/register/export.csv?from=2026-05-20&to=2026-05-21');
    expect(export_.body).toContain(';De Koog;1791 AB;3;NL;');
  });
});
