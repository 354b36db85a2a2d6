// "Logboek" (GET /api/audit-events): who sees which events (owner: their accommodation;
// municipality: its accommodations and itself; admin: everything), the filters (kind of event,
// email, days in Dutch time), paging, and that audit events can only ever be added.
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/server/db/schema.ts';
import { recordAudit } from '../../src/server/platform/audit.ts';
import { startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { randomEmail, signedInOperatorAccount, signedInOwner, staffUserOf } from '../support/factories.ts';

const t = await startTestApp();
const MINUTE = 60_000;

interface LoggedEvent {
  id: number;
  occurredAt: string;
  action: string;
  actor: { id: string; email: string } | null;
  subject: { id: string; email: string } | null;
  accommodation: { id: string; companyName: string } | null;
  ip: string | null;
  details: Record<string, unknown>;
}

interface AuditLogPage {
  events: LoggedEvent[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

function municipalityId(code: string): string {
  const found = t.municipalities.find((m) => m.code === code);
  if (!found) throw new Error(`no municipality ${code}`);
  return found.id;
}

async function auditLog(client: TestClient, query: Record<string, string> = {}): Promise<AuditLogPage> {
  const response = await client.get(`/api/audit-events?${new URLSearchParams(query).toString()}`);
  expect(response.statusCode).toBe(200);
  return response.json<AuditLogPage>();
}

async function accommodationIdOf(client: TestClient): Promise<string> {
  return (await client.get('/api/session')).json<{ accommodation: { id: string } }>().accommodation.id;
}

/** Everyone whose email an event names. */
function emailsIn(events: LoggedEvent[]): string[] {
  return events.flatMap((e) => [e.actor?.email, e.subject?.email]).filter((email): email is string => email !== undefined);
}

/** The calendar day of an instant in the Netherlands, worked out independently of the server. */
function dutchDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

function dutchMinutesOfDay(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return part('hour') * 60 + part('minute');
}

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('who sees which audit events', () => {
  it('shows an owner the events of their own accommodation and none of another one', async () => {
    const owner = await signedInOwner(t);
    const other = await signedInOwner(t, { companyName: 'Pension Het Verre Veld' });
    const { companyName, address, postcode, city, kvkNumber, phone, accommodationType } = owner.input;
    const changed = { companyName, address, postcode, city, kvkNumber, phone, accommodationType, beds: 30 };
    expect((await owner.client.put('/api/accommodation', changed)).statusCode).toBe(200);
    const ownAccommodation = await accommodationIdOf(owner.client);
    const otherAccommodation = await accommodationIdOf(other.client);

    const { events } = await auditLog(owner.client);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'login.succeeded', actor: expect.objectContaining({ email: owner.input.email }) }),
        expect.objectContaining({
          action: 'accommodation.updated',
          actor: expect.objectContaining({ email: owner.input.email }),
          accommodation: { id: ownAccommodation, companyName: 'Hotel De Gouden Leeuw' },
        }),
      ]),
    );
    expect(events.every((e) => e.accommodation?.id === ownAccommodation)).toBe(true);
    expect(emailsIn(events)).not.toContain(other.input.email);
    expect(JSON.stringify(events)).not.toContain(otherAccommodation);
    // The other owner's own events exist: the owner is shown none of them.
    expect(emailsIn((await auditLog(other.client)).events)).toContain(other.input.email);
  });

  it('answers with who, what, when, from which IP and on what, newest first', async () => {
    const owner = await signedInOwner(t);
    const client = t.client('192.0.2.41');
    expect((await client.post('/api/sessions', { email: owner.input.email, password: owner.input.password })).statusCode).toBe(200);
    const page = await auditLog(client, { action: 'login.succeeded' });
    expect(page).toMatchObject({ page: 1, pageSize: 50, hasMore: false });
    const [latest] = page.events;
    expect(latest).toMatchObject({
      action: 'login.succeeded',
      ip: '192.0.2.41',
      actor: { email: owner.input.email },
      subject: { email: owner.input.email },
      accommodation: { id: await accommodationIdOf(client), companyName: 'Hotel De Gouden Leeuw' },
    });
    expect(new Date(latest?.occurredAt ?? '').getTime()).toBe(t.clock.now().getTime());
    const times = page.events.map((e) => new Date(e.occurredAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("shows a municipality its accommodations' events and its own, not another municipality's; an admin sees both", async () => {
    const inDoetinchem = await signedInOwner(t, { municipalityId: municipalityId('GM0222') });
    const inAmsterdam = await signedInOwner(t, { municipalityId: municipalityId('GM0363'), companyName: 'Grachtenhotel Zeemeeuw', city: 'Amsterdam' });
    const doetinchem = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const amsterdam = await signedInOperatorAccount(t, 'municipality', 'GM0363');
    const admin = await signedInOperatorAccount(t, 'admin');
    // An account of the municipality itself: its events carry only the municipality.
    const colleague = await signedInOperatorAccount(t, 'inspector', 'GM0222');

    // The owners' sign-ins carry only their accommodation, not the municipality.
    const doetinchemSees = await auditLog(doetinchem.client, { q: inDoetinchem.input.email });
    expect(doetinchemSees.events.map((e) => e.action)).toEqual(expect.arrayContaining(['account.registered', 'login.succeeded']));
    expect((await auditLog(doetinchem.client, { q: inAmsterdam.input.email })).events).toEqual([]);
    expect((await auditLog(doetinchem.client, { q: colleague.email })).events.map((e) => e.action)).toContain('user.created');

    expect((await auditLog(amsterdam.client, { q: inAmsterdam.input.email })).events.map((e) => e.action)).toContain('login.succeeded');
    expect((await auditLog(amsterdam.client, { q: inDoetinchem.input.email })).events).toEqual([]);
    expect((await auditLog(amsterdam.client, { q: colleague.email })).events).toEqual([]);
    expect(emailsIn((await auditLog(amsterdam.client)).events)).not.toContain(inDoetinchem.input.email);

    for (const owner of [inDoetinchem, inAmsterdam]) {
      expect((await auditLog(admin.client, { q: owner.input.email })).events.map((e) => e.action)).toContain('login.succeeded');
    }
  });

  it('refuses staff and inspectors (403) and anonymous visitors (401)', async () => {
    const owner = await signedInOwner(t);
    const staffCredentials = await staffUserOf(t, owner.input.email);
    const staff = t.client();
    expect((await staff.post('/api/sessions', staffCredentials)).statusCode).toBe(200);
    const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0222');

    for (const client of [staff, inspector.client]) {
      const response = await client.get('/api/audit-events');
      expect([response.statusCode, response.json().code]).toEqual([403, 'FORBIDDEN']);
    }
    const anonymous = await t.client().get('/api/audit-events');
    expect([anonymous.statusCode, anonymous.json().code]).toEqual([401, 'NOT_AUTHENTICATED']);
  });
});

describe('filters and paging', () => {
  it('filters on the kind of event and on part of an email address, in any case', async () => {
    const owner = await signedInOwner(t);
    const staffCredentials = await staffUserOf(t, owner.input.email);
    expect((await t.client().post('/api/sessions', staffCredentials)).statusCode).toBe(200);
    expect((await t.client().post('/api/sessions', { email: staffCredentials.email, password: 'niet het goede wachtwoord' })).statusCode).toBe(401);

    const failed = await auditLog(owner.client, { action: 'login.failed' });
    expect(failed.events.length).toBeGreaterThan(0);
    expect(failed.events.every((e) => e.action === 'login.failed')).toBe(true);
    expect(emailsIn(failed.events)).toContain(staffCredentials.email);

    const localPart = staffCredentials.email.split('@')[0] ?? '';
    const ofStaff = await auditLog(owner.client, { q: localPart.toUpperCase() });
    expect(ofStaff.events.map((e) => e.action)).toEqual(expect.arrayContaining(['login.succeeded', 'login.failed']));
    expect(ofStaff.events.every((e) => [e.actor?.email, e.subject?.email].includes(staffCredentials.email))).toBe(true);
    expect((await auditLog(owner.client, { q: 'nobody-like-this@example.nl' })).events).toEqual([]);
    // LIKE wildcards are taken literally.
    expect((await auditLog(owner.client, { q: '%' })).events).toEqual([]);
  });

  it('pages by 50, newest first, and says whether there is more', async () => {
    const owner = await signedInOwner(t);
    const accommodationId = await accommodationIdOf(owner.client);
    for (let i = 0; i < 60; i++) {
      await recordAudit(t.deps.db, { action: 'accommodation.updated', occurredAt: t.clock.now(), accommodationId, details: { n: i } });
    }
    const first = await auditLog(owner.client);
    expect([first.events.length, first.page, first.hasMore]).toEqual([50, 1, true]);
    const second = await auditLog(owner.client, { page: '2' });
    expect(second.page).toBe(2);
    expect(second.hasMore).toBe(false);
    expect(second.events.length).toBeGreaterThanOrEqual(10);
    const ids = [...first.events, ...second.events].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The last one written comes first.
    expect(first.events[0]?.details).toEqual({ n: 59 });
  });

  it('refuses malformed filters with 400 instead of failing', async () => {
    const admin = await signedInOperatorAccount(t, 'admin');
    const cases: [string, string, string][] = [
      ['from=2025-02-30', 'from', 'DATE_INVALID'],
      ['to=gisteren', 'to', 'DATE_INVALID'],
      ['from=0000-01-01', 'from', 'DATE_INVALID'],
      ['from=2025-5-1', 'from', 'DATE_INVALID'],
      ['from=2025-05-02&to=2025-05-01', 'to', 'DATE_INVALID'],
      ['action=guest.eaten', 'action', 'INVALID_TYPE'],
      ['page=0', 'page', 'INVALID_TYPE'],
      ['page=twee', 'page', 'INVALID_TYPE'],
      ['q=a%00b', 'q', 'CHARACTERS_INVALID'],
    ];
    for (const [query, field, code] of cases) {
      const response = await admin.client.get(`/api/audit-events?${query}`);
      expect([query, response.statusCode, response.json().code, response.json().fields?.[field]?.code]).toEqual([query, 400, 'VALIDATION_FAILED', code]);
    }
    for (const query of ['from=2025-05-01&to=2025-05-01', 'from=&to=', 'from=1900-01-01', 'to=9999-12-31', 'q=%25_\\', 'page=100000']) {
      expect([query, (await admin.client.get(`/api/audit-events?${query}`)).statusCode]).toEqual([query, 200]);
    }
  });

  // Moves the shared clock forward by up to a day; the tests after it sign in afresh.
  it('filters on days as they are in the Netherlands, both ends included', async () => {
    const owner = await signedInOwner(t);
    const firstLogin = t.clock.now();
    // On to 00:30 Dutch time of a later day than the first sign-in's: still the previous day in
    // UTC, so a UTC reading would put it a day early. A daylight-saving change on the way shifts
    // the wall clock by an hour. (Started between 00:00 and 00:30, the same day's 00:30 is skipped.)
    const untilHalfPastMidnight = () => {
      const minutes = dutchMinutesOfDay(t.clock.now());
      return (((((30 - minutes) % 1440) + 1440) % 1440) + (minutes < 30 ? 1440 : 0) || 1440) * MINUTE;
    };
    t.clock.advance(untilHalfPastMidnight());
    if (dutchMinutesOfDay(t.clock.now()) !== 30) t.clock.advance(untilHalfPastMidnight());
    expect(dutchMinutesOfDay(t.clock.now())).toBe(30);
    const client = t.client();
    expect((await client.post('/api/sessions', { email: owner.input.email, password: owner.input.password })).statusCode).toBe(200);
    const lateLogin = t.clock.now();
    expect(lateLogin.toISOString().slice(0, 10)).not.toBe(dutchDay(lateLogin));

    const loginsOn = async (from: string, to: string) =>
      (await auditLog(client, { action: 'login.succeeded', q: owner.input.email, from, to })).events.map((e) => e.occurredAt);
    const day = dutchDay(lateLogin);
    expect(await loginsOn(day, day)).toEqual([lateLogin.toISOString()]);
    expect(await loginsOn(shiftDay(day, -1), shiftDay(day, -1))).toEqual(dutchDay(firstLogin) === day ? [] : [firstLogin.toISOString()]);
    expect(await loginsOn(dutchDay(firstLogin), day)).toEqual([lateLogin.toISOString(), firstLogin.toISOString()]);
    expect(await loginsOn(shiftDay(day, 1), shiftDay(day, 1))).toEqual([]);
    expect((await auditLog(client, { action: 'login.succeeded', q: owner.input.email, from: day })).events).toHaveLength(1);
    expect((await auditLog(client, { action: 'login.succeeded', q: owner.input.email, to: shiftDay(day, -1) })).events.length).toBe(
      dutchDay(firstLogin) === day ? 0 : 1,
    );
  });
});

describe('audit events can only be added', () => {
  it('offers no route that changes or deletes them', async () => {
    const doc = (await t.client().get('/api/docs/json')).json<{ paths: Record<string, Record<string, unknown>> }>();
    const auditPaths = Object.entries(doc.paths).filter(([path]) => path.startsWith('/api/audit-events'));
    expect(auditPaths.map(([path]) => path)).toContain('/api/audit-events');
    const methods = auditPaths.flatMap(([, operations]) => Object.keys(operations));
    expect(methods).toEqual(['get']);

    const admin = await signedInOperatorAccount(t, 'admin');
    const [event] = (await auditLog(admin.client)).events;
    for (const response of [
      await admin.client.delete('/api/audit-events'),
      await admin.client.delete(`/api/audit-events/${event?.id}`),
      await admin.client.put(`/api/audit-events/${event?.id}`, { action: 'logout' }),
    ]) {
      expect(response.statusCode).toBe(404);
    }
  });

  it('is refused by the database on UPDATE and DELETE, while INSERT works', async () => {
    const owner = await signedInOwner(t);
    const accommodationId = await accommodationIdOf(owner.client);
    const marker = randomEmail();
    await t.deps.db.execute(
      sql`INSERT INTO audit_events (occurred_at, action, accommodation_id, details) VALUES (${t.clock.now().toISOString()}, 'accommodation.updated', ${accommodationId}, ${JSON.stringify({ marker })}::jsonb)`,
    );
    const [inserted] = await t.deps.db.select().from(auditEvents).where(sql`${auditEvents.details}->>'marker' = ${marker}`);
    expect(inserted).toBeDefined();
    const id = inserted?.id ?? 0;

    await expect(t.deps.db.execute(sql`UPDATE audit_events SET action = 'logout', ip = '203.0.113.9' WHERE id = ${id}`)).rejects.toThrow();
    await expect(t.deps.db.execute(sql`DELETE FROM audit_events WHERE id = ${id}`)).rejects.toThrow();
    await expect(t.deps.db.execute(sql`DELETE FROM audit_events WHERE accommodation_id = ${accommodationId}`)).rejects.toThrow();

    const [after] = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.id, id));
    expect(after).toEqual(inserted);
    expect((await auditLog(owner.client, { action: 'accommodation.updated' })).events.map((e) => e.details)).toContainEqual({ marker });
  });
});
