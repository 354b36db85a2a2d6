// Forfaits through HTTP (decision 0013): the owner marks units of "Kamers en plaatsen" as jaarplaats
// or seizoensplaats, the municipality's rule has the by-law's amounts, and the owner's return and
// the municipality's totals both charge the forfait per marked unit and tax the passers-by per
// person, and nobody twice.
//
// The worked example: Oldebroek (Gelderland), Verordening toeristenbelasting, forfaitaire
// berekening voor een vaste standplaats, with the rates for 2025 the municipality publishes:
// € 1,68 per person per night; one household's vaste standplaats 1 januari t/m 31 december
// € 319,20 (jaarplaats), 1 april t/m 31 oktober € 270,48 (seizoensplaats); the actual nights on
// request. The periods as Epe defines them (Verordening toeristenbelasting 2009, CVDR57961,
// art. 1 c and d).
import { describe, expect, it } from 'vitest';
import type { MunicipalityTaxOverview, TaxReturnView } from '../../src/shared/schemas/tourist-tax.ts';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp({ clock: manualClock(new Date('2025-07-10T10:00:00Z')) });
const doetinchem = t.municipalities.find((m) => m.code === 'GM0222')?.id;
const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
const owner = await signedInOwner(t, { municipalityId: doetinchem, companyName: 'Camping De Eekhorst', accommodationType: 'campsite' });
const campingId = (await owner.client.get('/api/accommodation')).json().accommodation.id as string;

expect((await municipality.client.put('/api/municipality/tax/settings', { period: 'quarter', deadlineDays: 31 })).statusCode).toBe(200);
const ruleResponse = await municipality.client.post('/api/municipality/tax/rules', {
  accommodationType: 'campsite',
  validFrom: '2025-01-01',
  perPersonNightCents: 168,
  forfaitYearCents: 31_920,
  forfaitSeasonCents: 27_048,
  forfaitActualNightsAllowed: true,
  exemptResidents: true,
});
expect(ruleResponse.statusCode, ruleResponse.body).toBe(201);

async function addUnit(name: string, fields: Record<string, unknown>): Promise<string> {
  const response = await owner.client.post('/api/register/units', { name, kind: 'pitch', capacity: 4, ...fields });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().unit.id as string;
}
const units = {
  J1: await addUnit('J1', { forfaitKind: 'jaarplaats' }),
  J2: await addUnit('J2', { forfaitKind: 'jaarplaats' }),
  S1: await addUnit('S1', { forfaitKind: 'seizoensplaats' }),
  S2: await addUnit('S2', { forfaitKind: 'seizoensplaats', actualNights: true }),
  S3: await addUnit('S3', { forfaitKind: 'seizoensplaats' }),
  T7: await addUnit('T7', {}),
};

async function register(unit: keyof typeof units, arrival: string, departure: string, persons: number, surname: string) {
  const coTravellers = Array.from({ length: persons - 1 }, (_, i) => ({ initials: 'K.', surname: `${surname} ${i + 1}`, dateOfBirth: '1990-01-01' }));
  const response = await owner.client.post(
    '/api/register/stays',
    aStay({ unitId: units[unit], arrival, departure, persons, coTravellers, guest: { surname } }),
  );
  expect(response.statusCode, response.body).toBe(201);
}
await register('J1', '2025-05-02', '2025-05-12', 4, 'Jaarplaatser');
await register('S1', '2025-03-27', '2025-04-03', 2, 'Seizoener');
await register('S2', '2025-06-01', '2025-06-21', 2, 'Werkelijk');
await register('T7', '2025-06-10', '2025-06-15', 3, 'Doorreiziger');

const returnOf = async (period: string) => {
  const response = await owner.client.get(`/api/tax/returns/${period}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TaxReturnView>();
};
const rowOf = async (period: string) => {
  const response = await municipality.client.get(`/api/municipality/tax/returns?period=${period}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<MunicipalityTaxOverview>().rows.find((r) => r.accommodationId === campingId);
};

describe('units marked as jaarplaats or seizoensplaats', () => {
  it('keep their mark and the owner’s choice of actual nights', async () => {
    const list = (await owner.client.get('/api/register/units')).json().units as Array<{ name: string; forfaitKind: string; actualNights: boolean }>;
    expect(list.map((u) => [u.name, u.forfaitKind, u.actualNights])).toEqual([
      ['J1', 'jaarplaats', false],
      ['J2', 'jaarplaats', false],
      ['S1', 'seizoensplaats', false],
      ['S2', 'seizoensplaats', true],
      ['S3', 'seizoensplaats', false],
      ['T7', 'none', false],
    ]);
  });

  it('refuse a forfait kind that is none of these, with a field error', async () => {
    const response = await owner.client.post('/api/register/units', { name: 'V1', kind: 'pitch', capacity: 4, forfaitKind: 'vaste plaats' });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields?.forfaitKind?.code).toBe('FORFAIT_KIND_INVALID');
  });
});

describe('a rule’s season', () => {
  it('is refused when a day does not exist or the season ends before it starts', async () => {
    for (const season of [{ seasonStart: '02-30' }, { seasonStart: '10-01', seasonEnd: '04-30' }, { seasonEnd: '1031' }]) {
      const response = await municipality.client.post('/api/municipality/tax/rules', {
        accommodationType: 'campsite',
        validFrom: '2026-01-01',
        forfaitSeasonCents: 10_000,
        ...season,
      });
      expect(response.statusCode, JSON.stringify(season)).toBe(400);
      const fields = Object.values<{ code: string }>(response.json().fields ?? {});
      expect(fields.map((f) => f.code)).toContain('SEASON_INVALID');
    }
  });
});

describe('the campsite’s return and the municipality’s totals', () => {
  it('charge the forfait per marked unit and the passers-by per person (Q2 2025)', async () => {
    const view = await returnOf('2025-Q2');
    // € 319,20 / 12 × 3 = € 79,80 per jaarplaats; € 270,48 / 7 × 3 = € 115,92 per seizoensplaats;
    // S2 is taxed by its actual nights instead.
    expect(view.totals.forfaits?.map((f) => [f.unitName, f.kind, f.months, f.amountCents])).toEqual([
      ['J1', 'jaarplaats', 3, 7_980],
      ['J2', 'jaarplaats', 3, 7_980],
      ['S1', 'seizoensplaats', 3, 11_592],
      ['S3', 'seizoensplaats', 3, 11_592],
    ]);
    expect(view.totals).toMatchObject({
      personNights: 40 + 4 + 40 + 15,
      forfaitPersonNights: 40 + 4,
      taxablePersonNights: 40 + 15,
      perPersonCents: (40 + 15) * 168,
      forfaitCents: 39_144,
      computedCents: 39_144 + 9_240,
    });
    expect((await rowOf('2025-Q2'))?.amountDueCents).toBe(view.totals.computedCents);
  });

  it('tax the seizoensplaats per person before the season, and agree again (Q1 2025)', async () => {
    const view = await returnOf('2025-Q1');
    expect(view.totals).toMatchObject({ forfaitCents: 2 * 7_980, perPersonCents: 2 * 5 * 168, forfaitPersonNights: 0 });
    expect((await rowOf('2025-Q1'))?.amountDueCents).toBe(view.totals.computedCents);
  });

  it('submit the forfait lines with the return, locked, and the municipality reads what was declared', async () => {
    const submitted = await owner.client.post('/api/tax/returns/2025-Q2', {});
    expect(submitted.statusCode, submitted.body).toBe(201);
    const submission = submitted.json().submission;
    expect(submission).toMatchObject({ seasonalPitches: 0, amountDueCents: 48_384 });
    expect(submission.totals.forfaits).toHaveLength(4);
    const row = await rowOf('2025-Q2');
    expect(row).toMatchObject({ declared: true, amountDueCents: 48_384 });
    // The PDF prints a line per forfait unit.
    const pdf = await owner.client.get(`/api/tax/return-documents/${submission.id}.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
  });

  it('follow a unit’s mark: the owner turns J2 into a touring pitch and Q3 has one jaarplaats', async () => {
    const response = await owner.client.put(`/api/register/units/${units.J2}`, { name: 'J2', kind: 'pitch', capacity: 4, forfaitKind: 'none' });
    expect(response.statusCode, response.body).toBe(200);
    const view = await returnOf('2025-Q3');
    expect(view.totals.forfaits?.map((f) => f.unitName)).toEqual(['J1', 'S1', 'S3']);
    expect(view.totals.forfaitCents).toBe(7_980 + 2 * 11_592);
  });
});
