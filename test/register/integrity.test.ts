// Tamper evidence: a register that was only changed through the application is intact, through
// registrations, corrections, check-in/out and cancellations; whatever is changed behind its back
// in SQL (a stay rewritten without a version, a stay deleted, a version's data rewritten) is found
// with the right problem code, by the inspector's check and by the operator's command.
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { stayVersions } from '../../src/server/db/schema.ts';
import { sha256 } from '../../src/server/platform/crypto.ts';
import { canonicalJson } from '../../src/server/modules/register/stays/chain.ts';
import { verifyRegisters } from '../../src/server/modules/register/integrity/verify-command.ts';
import { verifyRegister } from '../../src/server/modules/register/integrity/verify-register.ts';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp();
const doetinchem = t.municipalities.find((m) => m.code === 'GM0222')?.id;
const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0222');

/** An owner in Doetinchem with three stays: one corrected, one checked in and out, one cancelled. */
async function registerWithHistory(companyName: string) {
  const owner = await signedInOwner(t, { municipalityId: doetinchem, companyName });
  const accommodationId: string = (await owner.client.get('/api/session')).json().accommodation.id;
  const ids: string[] = [];
  for (const surname of ['Jansen', 'Bakker', 'Visser']) {
    ids.push((await owner.client.post('/api/register/stays', aStay({ guest: { surname } }))).json().stay.id);
  }
  const [first, second, third] = ids;
  expect(
    (
      await owner.client.put(`/api/register/stays/${first}`, {
        stay: aStay({ departure: '2026-06-13', guest: { surname: 'Jansen' } }),
        reason: 'Langer gebleven',
      })
    ).statusCode,
  ).toBe(200);
  await owner.client.post(`/api/register/stays/${second}/check-in`);
  await owner.client.post(`/api/register/stays/${second}/check-out`);
  await owner.client.post(`/api/register/stays/${third}/cancel`, { reason: 'Niet gekomen' });
  return { owner, accommodationId, ids };
}

function check(accommodationId: string) {
  return inspector.client.post(`/api/inspection/accommodations/${accommodationId}/integrity`, { reason: 'Periodieke controle' });
}

/** Runs statements with the register's protective triggers switched off, as an attacker with database access would. */
async function behindTheRegistersBack(...statements: ReturnType<typeof sql>[]) {
  await t.deps.db.execute(sql`ALTER TABLE stays DISABLE TRIGGER USER`);
  await t.deps.db.execute(sql`ALTER TABLE stay_versions DISABLE TRIGGER USER`);
  try {
    for (const statement of statements) await t.deps.db.execute(statement);
  } finally {
    await t.deps.db.execute(sql`ALTER TABLE stays ENABLE TRIGGER USER`);
    await t.deps.db.execute(sql`ALTER TABLE stay_versions ENABLE TRIGGER USER`);
  }
}

const codes = (problems: { code: string; stayNumber?: number }[]) => problems.map((p) => `${p.code}${p.stayNumber ? ` #${p.stayNumber}` : ''}`).sort();

describe('an untouched register', () => {
  it('is intact after registrations, a correction, check-in/out and a cancellation, with the counts', async () => {
    const { owner, accommodationId } = await registerWithHistory('Hotel Ongeschonden');
    const response = await check(accommodationId);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      intact: true,
      stays: 3,
      versions: 7,
      lastStayNumber: 3,
      problems: [],
      accommodation: { companyName: 'Hotel Ongeschonden' },
    });
    // The check is a look-up like any other: audited, and visible to the owner, without its reason.
    const events = (await owner.client.get('/api/audit-events?action=register.inspected')).json().events;
    expect(events[0].details).toMatchObject({ kind: 'integrity', intact: true, problems: 0 });
    expect(events[0].details.reason).toBeUndefined();
  });

  it('is intact with no stays at all', async () => {
    const owner = await signedInOwner(t, { municipalityId: doetinchem });
    const accommodationId: string = (await owner.client.get('/api/session')).json().accommodation.id;
    expect((await check(accommodationId)).json()).toMatchObject({ intact: true, stays: 0, versions: 0 });
  });

  it('stays intact when guest data is erased after the retention period, as the triggers allow', async () => {
    const { accommodationId, ids } = await registerWithHistory('Hotel Bewaartermijn');
    await t.deps.db.execute(
      sql`UPDATE stays SET guest = NULL, co_travellers = NULL, signature = NULL, surname_search = NULL, employer_name = NULL, erased_at = now() WHERE id = ${ids[1]}`,
    );
    await t.deps.db.execute(sql`UPDATE stay_versions SET data = NULL WHERE stay_id = ${ids[1]}`);
    expect((await check(accommodationId)).json()).toMatchObject({ intact: true, stays: 3, versions: 7 });
  });

  it('needs a reason and stays within the municipality', async () => {
    const { accommodationId } = await registerWithHistory('Hotel Reden');
    const response = await inspector.client.post(`/api/inspection/accommodations/${accommodationId}/integrity`, {});
    expect(response.json().fields.reason.code).toBe('REASON_REQUIRED');
    const elsewhere = await signedInOperatorAccount(t, 'inspector', 'GM0363');
    expect((await elsewhere.client.post(`/api/inspection/accommodations/${accommodationId}/integrity`, { reason: 'Controle' })).statusCode).toBe(404);
  });
});

describe('a register changed behind its back', () => {
  it('finds a guest rewritten without a new version', async () => {
    const { accommodationId, ids } = await registerWithHistory('Hotel Herschreven');
    await t.deps.db.execute(sql`UPDATE stays SET guest = jsonb_set(guest, '{surname}', '"Pietersen"') WHERE id = ${ids[0]}`);
    const result = (await check(accommodationId)).json();
    expect(result.intact).toBe(false);
    expect(codes(result.problems)).toEqual(['STAY_CHANGED #1']);
  });

  it('finds a deleted stay: its number is missing and its versions broke the chain', async () => {
    const { accommodationId, ids } = await registerWithHistory('Hotel Weggehaald');
    await behindTheRegistersBack(sql`DELETE FROM stay_versions WHERE stay_id = ${ids[1]}`, sql`DELETE FROM stays WHERE id = ${ids[1]}`);
    const result = (await check(accommodationId)).json();
    expect(result).toMatchObject({ intact: false, stays: 2, versions: 4 });
    // Both versions of stay 3 followed a version of stay 2 in the chain.
    expect(codes(result.problems)).toEqual(['CHAIN_BROKEN #3', 'CHAIN_BROKEN #3', 'NUMBER_MISSING #2']);
  });

  it("finds a version's data rewritten, also when its hash was recomputed to match", async () => {
    const { accommodationId, ids } = await registerWithHistory('Hotel Vervalst');
    await behindTheRegistersBack(sql`UPDATE stay_versions SET data = jsonb_set(data, '{departure}', '"2026-06-11"') WHERE stay_id = ${ids[0]} AND version = 1`);
    expect(codes((await check(accommodationId)).json().problems)).toEqual(['VERSION_DATA_CHANGED #1']);
    const [forged] = await t.deps.db
      .select({ data: stayVersions.data })
      .from(stayVersions)
      .where(and(eq(stayVersions.stayId, ids[0] ?? ''), eq(stayVersions.version, 1)));
    const matchingHash = sha256(canonicalJson(forged?.data));
    await behindTheRegistersBack(sql`UPDATE stay_versions SET data_hash = ${matchingHash} WHERE stay_id = ${ids[0]} AND version = 1`);
    expect(codes((await check(accommodationId)).json().problems)).toEqual(['CHAIN_BROKEN #1']);
  });

  it('finds the last versions removed and a renumbered stay', async () => {
    const { accommodationId, ids } = await registerWithHistory('Hotel Afgeknipt');
    await behindTheRegistersBack(sql`DELETE FROM stay_versions WHERE stay_id = ${ids[2]} AND version = 2`);
    const cut = (await check(accommodationId)).json();
    expect(codes(cut.problems)).toEqual(['HEAD_MISMATCH', 'STAY_CHANGED #3']);
    await behindTheRegistersBack(sql`UPDATE stays SET number = 9 WHERE id = ${ids[0]}`);
    const renumbered = (await check(accommodationId)).json();
    expect(codes(renumbered.problems)).toEqual(['HEAD_MISMATCH', 'NUMBER_CHANGED #9', 'NUMBER_MISSING #1', 'NUMBER_UNISSUED #9', 'STAY_CHANGED #3']);
  });
});

describe('the operator command', () => {
  it('reports every register and says whether all are intact', async () => {
    const lines: string[] = [];
    const allIntact = await verifyRegisters(t.deps.db, undefined, (line) => lines.push(line));
    // Earlier tests in this file tampered with registers.
    expect(allIntact).toBe(false);
    expect(lines.some((line) => line.includes('Hotel Ongeschonden') && line.includes('register intact (3 stays, 7 versions)'))).toBe(true);
    expect(lines.some((line) => line.includes('Hotel Weggehaald') && line.includes('NOT INTACT'))).toBe(true);
    expect(lines.at(-1)).toMatch(/registers are NOT intact\.$/);
  });

  it('checks one accommodation when asked', async () => {
    const { accommodationId } = await registerWithHistory('Hotel Enkel');
    const lines: string[] = [];
    expect(await verifyRegisters(t.deps.db, accommodationId, (line) => lines.push(line))).toBe(true);
    expect(lines).toEqual([expect.stringContaining('Hotel Enkel')]);
    expect((await verifyRegister(t.deps.db, accommodationId))?.intact).toBe(true);
    await expect(verifyRegisters(t.deps.db, 'geen-id')).rejects.toThrow(/needs the id/);
  });
});
