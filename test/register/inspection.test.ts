// Inspection through the API: who stayed in night D (one accommodation or the municipality),
// who is present now, long stays, accommodations that registered nothing; each look-up needs a
// reason, stays within the inspector's municipality, and is audited so the owner sees in
// "Logboek" that it happened. Also the municipality's register settings.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addDays, dutchToday } from '../../src/shared/register/dates.ts';
import { startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { signedInOperatorAccount, signedInOwner, staffUserOf } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp();
const today = dutchToday(t.clock.now());

const byCode = (code: string) => {
  const found = t.municipalities.find((m) => m.code === code);
  if (!found) throw new Error(`no municipality ${code}`);
  return found.id;
};

async function ownerIn(code: string, companyName: string) {
  const owner = await signedInOwner(t, { municipalityId: byCode(code), companyName });
  const accommodationId: string = (await owner.client.get('/api/session')).json().accommodation.id;
  return { ...owner, accommodationId };
}

async function register(client: TestClient, stay: Record<string, unknown> & { guest?: Record<string, unknown> }) {
  const response = await client.post('/api/register/stays', aStay(stay));
  expect(response.statusCode).toBe(201);
  return response.json().stay as { id: string; number: number };
}

interface Found {
  number: number;
  accommodation: { id: string; name: string };
  guest: { surname: string; documentNumber: string | null } | null;
  persons: number;
}
const surnames = (stays: Found[]) => stays.map((s) => s.guest?.surname).sort();

const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0222');
const officer = await signedInOperatorAccount(t, 'municipality', 'GM0222');
const hotel = await ownerIn('GM0222', 'Hotel De Gouden Leeuw');
const camping = await ownerIn('GM0222', 'Camping De Vlinder');
const amsterdam = await ownerIn('GM0363', 'Grachtenhotel Zeemeeuw');

// Night semantics: Jansen stays the nights of 10 and 11 June; Bakker arrives on the 12th, the day
// Jansen leaves; Visser's stay is cancelled.
await register(hotel.client, { arrival: '2026-06-10', departure: '2026-06-12', guest: { surname: 'Jansen' } });
await register(hotel.client, { arrival: '2026-06-12', departure: '2026-06-13', guest: { surname: 'Bakker' } });
const cancelled = await register(hotel.client, { arrival: '2026-06-11', departure: '2026-06-13', guest: { surname: 'Visser' } });
expect((await hotel.client.post(`/api/register/stays/${cancelled.id}/cancel`, { reason: 'Geboekt maar niet gekomen' })).statusCode).toBe(200);
await register(camping.client, { arrival: '2026-06-11', departure: '2026-06-14', persons: 3, guest: { surname: 'De Vries' } });
await register(amsterdam.client, { arrival: '2026-06-11', departure: '2026-06-12', guest: { surname: 'Grachtman' } });

function night(client: TestClient, body: Record<string, unknown>) {
  return client.post('/api/inspection/night', { reason: 'Controle na melding politie', ...body });
}

describe('who stayed in night D', () => {
  it('lists the stays of one accommodation that include the night: not the departure day, not cancelled ones', async () => {
    const eleventh = await night(inspector.client, { night: '2026-06-11', accommodationId: hotel.accommodationId });
    expect(eleventh.statusCode).toBe(200);
    expect(surnames(eleventh.json().stays)).toEqual(['Jansen']);
    expect(eleventh.json()).toMatchObject({
      night: '2026-06-11',
      capped: false,
      total: 1,
      accommodation: { id: hotel.accommodationId, companyName: 'Hotel De Gouden Leeuw' },
    });
    const twelfth = (await night(inspector.client, { night: '2026-06-12', accommodationId: hotel.accommodationId })).json();
    expect(surnames(twelfth.stays)).toEqual(['Bakker']);
    expect(twelfth.stays[0]).toMatchObject({
      arrival: '2026-06-12',
      departure: '2026-06-13',
      accommodation: { name: 'Hotel De Gouden Leeuw' },
      checkedInAt: null,
    });
    const ninth = (await night(inspector.client, { night: '2026-06-09', accommodationId: hotel.accommodationId })).json();
    expect(ninth.stays).toEqual([]);
  });

  it('lists every accommodation of the municipality when none is chosen, and nothing of another municipality', async () => {
    const response = await night(officer.client, { night: '2026-06-11', accommodationId: '' });
    expect(response.statusCode).toBe(200);
    const { stays, persons } = response.json();
    expect(surnames(stays)).toEqual(['De Vries', 'Jansen']);
    expect(persons).toBe(4);
    expect(stays.map((s: Found) => s.accommodation.name).sort()).toEqual(['Camping De Vlinder', 'Hotel De Gouden Leeuw']);
  });

  it('requires a reason, with the code at the field', async () => {
    for (const reason of [undefined, '', '   ']) {
      const response = await inspector.client.post('/api/inspection/night', { night: '2026-06-11', reason });
      expect([response.statusCode, response.json().fields?.reason?.code]).toEqual([400, 'REASON_REQUIRED']);
    }
    const badNight = await night(inspector.client, { night: '2026-02-30' });
    expect(badNight.json().fields.night.code).toBe('DATE_INVALID');
  });

  it("answers 404 for another municipality's accommodation and for an unknown one", async () => {
    const foreign = await night(inspector.client, { night: '2026-06-11', accommodationId: amsterdam.accommodationId });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain('Grachtman');
    expect((await night(inspector.client, { night: '2026-06-11', accommodationId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
  });

  it('refuses owners, staff and admins', async () => {
    const staff = t.client();
    await staff.post('/api/sessions', await staffUserOf(t, hotel.input.email));
    const admin = await signedInOperatorAccount(t, 'admin');
    const lookUps: [string, Record<string, unknown>][] = [
      ['/api/inspection/night', { night: '2026-06-11' }],
      ['/api/inspection/present', { accommodationId: hotel.accommodationId }],
      ['/api/inspection/long-stays', {}],
      ['/api/inspection/silent', {}],
      [`/api/inspection/accommodations/${hotel.accommodationId}/integrity`, {}],
    ];
    for (const client of [hotel.client, staff, admin.client]) {
      for (const [url, body] of lookUps) {
        expect([url, (await client.post(url, { ...body, reason: 'Nieuwsgierig' })).statusCode]).toEqual([url, 403]);
      }
      expect((await client.get('/api/inspection/accommodations')).statusCode).toBe(403);
    }
  });
});

describe('the audit trail of a look-up', () => {
  it('shows the owner that their register was looked into, with the kind, the night and the count, not who looked or why', async () => {
    const { accommodationId } = hotel;
    await night(inspector.client, { night: '2026-06-10', accommodationId, reason: 'Onderzoek overlast 10 juni' });
    const events = (await hotel.client.get('/api/audit-events?action=register.inspected')).json().events;
    expect(events[0]).toEqual({
      id: expect.any(Number),
      occurredAt: t.clock.now().toISOString(),
      action: 'register.inspected',
      actor: null,
      subject: null,
      accommodation: { id: accommodationId, companyName: 'Hotel De Gouden Leeuw' },
      ip: null,
      details: { kind: 'night', night: '2026-06-10', results: 1 },
    });
    // The municipality's own log keeps who looked, from where and why.
    const kept = (await officer.client.get('/api/audit-events?action=register.inspected')).json().events;
    expect(kept[0]).toMatchObject({ actor: { email: inspector.email }, ip: expect.any(String), details: { reason: 'Onderzoek overlast 10 juni', results: 1 } });
  });

  it('gives each accommodation in a municipality-wide answer its own event, without what was found elsewhere', async () => {
    await night(inspector.client, { night: '2026-06-13', reason: 'Zoektocht naar J. Smit' });
    // Only the camping had a guest that night: the hotel gets no event of this look-up.
    const campingEvents = (await camping.client.get('/api/audit-events?action=register.inspected')).json().events;
    expect(campingEvents[0].details).toMatchObject({ kind: 'night', night: '2026-06-13', results: 1, scope: 'municipality' });
    expect(JSON.stringify(campingEvents[0])).not.toContain('Smit');
    const hotelEvents = (await hotel.client.get('/api/audit-events?action=register.inspected')).json().events;
    expect(hotelEvents.map((e: { details: { night?: string } }) => e.details.night)).not.toContain('2026-06-13');
    // The municipality's own log keeps the reason and the totals.
    const officerEvents = (await officer.client.get('/api/audit-events?action=register.inspected')).json().events;
    const overall = officerEvents.find(
      (e: { accommodation: unknown; details: { night?: string } }) => e.accommodation === null && e.details.night === '2026-06-13',
    );
    expect(overall.details).toMatchObject({ kind: 'night', reason: 'Zoektocht naar J. Smit', results: 1, accommodations: 1 });
    // Another municipality's owner sees none of it.
    expect((await amsterdam.client.get('/api/audit-events?action=register.inspected')).json().events).toEqual([]);
  });
});

describe('who is present now', () => {
  it('lists who is present at one accommodation with the persons in total (at any hour: see presence.test.ts for the hours)', async () => {
    const { client, accommodationId } = camping;
    await register(client, { arrival: addDays(today, -3), departure: addDays(today, 2), persons: 2, guest: { surname: 'Aanwezig' } });
    const leavingLate = await register(client, { arrival: addDays(today, -2), departure: today, guest: { surname: 'Blijftlanger' } });
    await client.post(`/api/register/stays/${leavingLate.id}/check-in`);
    await register(client, { arrival: addDays(today, -3), departure: addDays(today, -1), guest: { surname: 'Vertrokken' } });
    const gone = await register(client, { arrival: addDays(today, -1), departure: addDays(today, 3), guest: { surname: 'Uitgecheckt' } });
    await client.post(`/api/register/stays/${gone.id}/check-out`);
    const response = await officer.client.post('/api/inspection/present', { accommodationId, reason: 'Brand, lijst voor de brandweer' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(surnames(body.stays)).toEqual(['Aanwezig', 'Blijftlanger']);
    expect(body).toMatchObject({ today, persons: 3, accommodation: { companyName: 'Camping De Vlinder' } });
    const events = (await client.get('/api/audit-events?action=register.inspected')).json().events;
    expect(events[0].details).toMatchObject({ kind: 'present', day: today, results: 2 });
  });

  it('needs an accommodation and a reason', async () => {
    const response = await inspector.client.post('/api/inspection/present', { accommodationId: '', reason: '' });
    expect(response.json().fields).toMatchObject({ accommodationId: { code: 'REQUIRED' }, reason: { code: 'REASON_REQUIRED' } });
    expect((await inspector.client.post('/api/inspection/present', { accommodationId: amsterdam.accommodationId, reason: 'Brand' })).statusCode).toBe(404);
  });
});

describe('long stays and silent accommodations', () => {
  it('lists stays of at least the threshold that are present now or end later', async () => {
    await register(hotel.client, { arrival: addDays(today, -100), departure: addDays(today, 10), guest: { surname: 'Permanent' } });
    await register(hotel.client, { arrival: addDays(today, 5), departure: addDays(today, 100), guest: { surname: 'Straks' } });
    await register(hotel.client, { arrival: addDays(today, -200), departure: addDays(today, -50), guest: { surname: 'Vroeger' } });
    await register(hotel.client, { arrival: addDays(today, -5), departure: addDays(today, 5), guest: { surname: 'Kort' } });
    await register(amsterdam.client, { arrival: addDays(today, -100), departure: addDays(today, 10), guest: { surname: 'Elders' } });
    const response = await inspector.client.post('/api/inspection/long-stays', { reason: 'Signaal permanente bewoning' });
    expect(response.statusCode).toBe(200);
    expect(response.json().minNights).toBe(90);
    expect(response.json().stays.map((s: Found) => s.guest?.surname)).toEqual(['Permanent', 'Straks']);
    const shorter = (await inspector.client.post('/api/inspection/long-stays', { minNights: 10, reason: 'Signaal' })).json();
    expect(surnames(shorter.stays)).toContain('Kort');
    const invalid = await inspector.client.post('/api/inspection/long-stays', { minNights: 0, reason: 'Signaal' });
    expect(invalid.json().fields.minNights.code).toBe('INVALID_TYPE');
  });

  it('lists approved accommodations without an arrival in the last N days', async () => {
    const empty = await ownerIn('GM0222', 'B&B Stilte');
    const response = await inspector.client.post('/api/inspection/silent', { reason: 'Jaarlijkse controle' });
    expect(response.statusCode).toBe(200);
    const listed = response.json().accommodations as { id: string; companyName: string; lastArrival: string | null }[];
    // The hotel registered an arrival five days ago, the camping three days ago.
    expect(listed.map((a) => a.companyName)).toEqual(['B&B Stilte']);
    expect(listed[0]).toMatchObject({ id: empty.accommodationId, lastArrival: null });
    const longer = (await inspector.client.post('/api/inspection/silent', { days: 2, reason: 'Jaarlijkse controle' })).json();
    expect(longer.accommodations.map((a: { companyName: string }) => a.companyName)).toEqual(['B&B Stilte', 'Hotel De Gouden Leeuw']);
    expect((await empty.client.get('/api/audit-events?action=register.inspected')).json().events[0].details).toMatchObject({ kind: 'silent', days: 2 });
  });

  it('offers the approved accommodations of the own municipality to choose from', async () => {
    const names = (await inspector.client.get('/api/inspection/accommodations')).json().accommodations.map((a: { companyName: string }) => a.companyName);
    expect(names).toEqual(['B&B Stilte', 'Camping De Vlinder', 'Hotel De Gouden Leeuw']);
    const found = (await inspector.client.get('/api/inspection/accommodations?q=vlinder')).json().accommodations;
    expect(found.map((a: { id: string }) => a.id)).toEqual([camping.accommodationId]);
  });
});

describe("the municipality's register settings", () => {
  /** The settings as the form sends them back: empty text where the API shows null. */
  const current = async () => {
    const settings = (await officer.client.get('/api/municipality/settings')).json();
    return { ...settings, contactEmail: '', contactPhone: '', contactText: '', themeColor: '' };
  };

  it('keeps the document number of foreign guests only once the municipality asks for it, and shows it to inspectors', async () => {
    const settings = await current();
    expect(settings).toMatchObject({ recordDocumentNumber: false, retentionMonths: 24, privacyStatement: null });
    const foreigner = { nationality: 'DE', country: 'DE', residence: 'Berlin', documentType: 'passport', documentNumber: 'C01X00T47', surname: 'Müller' };
    const before = await register(hotel.client, { arrival: '2026-04-01', departure: '2026-04-02', guest: foreigner });

    const saved = await officer.client.put('/api/municipality/settings', {
      ...settings,
      recordDocumentNumber: true,
      retentionMonths: 36,
      privacyStatement: 'Wij bewaren uw gegevens 3 jaar.',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ recordDocumentNumber: true, retentionMonths: 36, privacyStatement: 'Wij bewaren uw gegevens 3 jaar.' });
    await register(hotel.client, { arrival: '2026-04-01', departure: '2026-04-03', guest: { ...foreigner, surname: 'Schmidt' } });

    const found = (await night(inspector.client, { night: '2026-04-01', accommodationId: hotel.accommodationId })).json().stays as Found[];
    expect(found.map((s) => [s.guest?.surname, s.guest?.documentNumber])).toEqual([
      ['Müller', null],
      ['Schmidt', 'C01X00T47'],
    ]);
    expect(found[0]?.number).toBe(before.number);
    const events = (await officer.client.get('/api/audit-events?action=municipality.settings_changed')).json().events;
    expect(events[0].details).toMatchObject({ recordDocumentNumber: true, retentionMonths: 36 });
  });

  it('refuses a retention period outside 12 to 84 months, and leaves the settings alone when a client leaves them out', async () => {
    const settings = await current();
    for (const retentionMonths of [11, 85, 24.5, '24']) {
      const response = await officer.client.put('/api/municipality/settings', { ...settings, retentionMonths });
      expect([retentionMonths, response.statusCode, response.json().fields?.retentionMonths?.code]).toEqual([retentionMonths, 400, 'RETENTION_INVALID']);
    }
    const { recordDocumentNumber: _r, retentionMonths: _m, privacyStatement: _p, ...older } = settings;
    expect((await officer.client.put('/api/municipality/settings', older)).json()).toMatchObject({ recordDocumentNumber: true, retentionMonths: 36 });
    const cleared = await officer.client.put('/api/municipality/settings', { ...settings, privacyStatement: '' });
    expect(cleared.json().privacyStatement).toBeNull();
  });
});

// ---- an accommodation under investigation, with its look-ups (in Zevenaar, apart from the tests above) ----
const looker = await signedInOperatorAccount(t, 'inspector', 'GM0299');
const zevenaar = await signedInOperatorAccount(t, 'municipality', 'GM0299');
const suspect = await ownerIn('GM0299', 'Pension De Wachttoren');
const staff = t.client();
expect((await staff.post('/api/sessions', await staffUserOf(t, suspect.input.email))).statusCode).toBe(200);
const stay = await register(suspect.client, { arrival: '2026-03-14', departure: '2026-03-17', persons: 2, guest: { surname: 'Wachter' } });
await register(suspect.client, { arrival: '2026-03-15', departure: '2026-03-16', guest: { surname: 'Tweede' } });
const marker = randomUUID();
const reasons = [`Onderzoek mensenhandel ${marker} tegen de eigenaar`, `Zoektocht ${marker} in de hele gemeente`, `Controle ${marker} integriteit`];
const [single = '', across = '', integrity = ''] = reasons;

const lookUps = [
  await night(looker.client, { night: '2026-03-15', accommodationId: suspect.accommodationId, reason: single }),
  await night(looker.client, { night: '2026-03-14', reason: across }),
  await looker.client.post(`/api/inspection/accommodations/${suspect.accommodationId}/integrity`, { reason: integrity }),
];
expect(lookUps.map((response) => response.statusCode)).toEqual([200, 200, 200]);
const lookerId: string = (await looker.client.get('/api/session')).json().user.id;
const kept = (await zevenaar.client.get(`/api/audit-events?action=register.inspected&q=${encodeURIComponent(looker.email)}`)).json().events as {
  ip: string;
  accommodation: { id: string } | null;
  details: { reason?: string };
}[];
const lookerIp = kept[0]?.ip ?? '';

const lookerIpPattern = new RegExp(`(?<![\\d.])${lookerIp.replaceAll('.', '\\.')}(?!\\d)`);

/** Whatever in an answer would tell the owner who inspected them, from where, or why (every reason holds the marker). */
function giveaways(body: string): string[] {
  const found = [marker, looker.email, lookerId].filter((secret) => body.includes(secret));
  return lookerIpPattern.test(body) ? [...found, lookerIp] : found;
}

describe('what the inspected accommodation is told', () => {
  it("keeps the reason, the inspector and the IP address in the municipality's log", () => {
    expect(lookerIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(
      kept
        .map((event) => event.details.reason)
        .filter(Boolean)
        .sort(),
    ).toEqual([...reasons].sort());
    expect(kept.filter((event) => event.accommodation?.id === suspect.accommodationId)).toHaveLength(3);
  });

  it("shows the owner's Logboek each look-up with its kind, date and how many of their stays were shown", async () => {
    const events = (await suspect.client.get('/api/audit-events?action=register.inspected')).json().events as {
      occurredAt: string;
      actor: unknown;
      ip: unknown;
      details: Record<string, unknown>;
    }[];
    expect(events.map((event) => event.details)).toEqual([
      { kind: 'integrity', results: 2, intact: true, problems: 0 },
      { kind: 'night', night: '2026-03-14', scope: 'municipality', results: 1 },
      { kind: 'night', night: '2026-03-15', results: 2 },
    ]);
    expect(events.every((event) => event.actor === null && event.ip === null && event.occurredAt === t.clock.now().toISOString())).toBe(true);
  });

  it('tells the owner and the staff nothing of who inspected, from where or why, on any route they can reach', async () => {
    const doc = (await t.client().get('/api/docs/json')).json<{
      paths: Record<string, Record<string, { 'x-access'?: { public: boolean; roles: string[] }; parameters?: { in: string; name: string }[] }>>;
    }>();
    // Not the development outbox: it shows every mail to anyone, and production has no such route.
    const reachable = Object.entries(doc.paths)
      .filter(([path]) => !path.startsWith('/api/dev/'))
      .flatMap(([path, methods]) =>
        Object.entries(methods)
          .filter(([method, op]) => method === 'get' && (op['x-access']?.public || op['x-access']?.roles.some((role) => role === 'owner' || role === 'staff')))
          .map(([, op]) => ({ path, query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name) })),
      );
    expect(reachable.map((op) => op.path)).toEqual(expect.arrayContaining(['/api/audit-events', '/api/register/stays', '/api/session']));
    // The email filter too: an inspector's address, or part of it, must not find the inspection.
    const probes: Record<string, string[]> = { q: [looker.email, looker.email.slice(0, 8), 'example'], action: ['register.inspected'] };
    let answered = 0;
    for (const client of [suspect.client, staff]) {
      for (const op of reachable) {
        const path = op.path.replaceAll('{id}', stay.id);
        const queries = ['', ...op.query.flatMap((name) => (probes[name] ?? []).map((value) => `?${name}=${encodeURIComponent(value)}`))];
        for (const query of queries) {
          const response = await client.get(path + query);
          if (response.statusCode === 200) answered += 1;
          expect([path + query, giveaways(response.body)]).toEqual([path + query, []]);
        }
      }
    }
    expect(answered).toBeGreaterThan(20);
    // The inspection itself is in the owner's log, but an inspector's address does not find it.
    const byEmail = (await suspect.client.get(`/api/audit-events?action=register.inspected&q=${encodeURIComponent(looker.email)}`)).json().events;
    expect(byEmail).toEqual([]);
  });
});
