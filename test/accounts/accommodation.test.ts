// The owner's own accommodation (GET/PUT /api/accommodation): shows what was registered, saves
// valid changes, saves nothing when a field is wrong, needs a session, and never reaches another
// tenant's accommodation.
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { type registration, signedInOwner } from '../support/factories.ts';

const t = await startTestApp();

const changed = {
  companyName: 'Pension Het Anker',
  address: 'Havenstraat 5',
  postcode: '6901 AB',
  city: 'Zevenaar',
  kvkNumber: '87654321',
  phone: '0316 123456',
  beds: 8,
  accommodationType: 'bed_and_breakfast',
};

function detailsOf(input: ReturnType<typeof registration>) {
  const { companyName, address, postcode, city, kvkNumber, phone, beds, accommodationType } = input;
  return { companyName, address, postcode, city, kvkNumber, phone, beds, accommodationType };
}

describe("the owner's accommodation", () => {
  it("shows what was registered, including the municipality's name and code", async () => {
    const municipality = t.municipalities[1];
    const { client, input } = await signedInOwner(t, { municipalityId: municipality?.id });
    const response = await client.get('/api/accommodation');
    expect(response.statusCode).toBe(200);
    expect(response.json().accommodation).toMatchObject({
      ...detailsOf(input),
      municipality: { id: municipality?.id, code: municipality?.code, name: municipality?.name },
    });
    expect(municipality?.code).toMatch(/^GM\d{4}$/);
  });

  it('saves changed details (200) and shows them afterwards', async () => {
    const { client } = await signedInOwner(t);
    const before = (await client.get('/api/accommodation')).json().accommodation;

    const response = await client.put('/api/accommodation', changed);
    expect(response.statusCode).toBe(200);
    expect(response.json().accommodation).toMatchObject(changed);

    const after = (await client.get('/api/accommodation')).json().accommodation;
    expect(after).toEqual({ ...before, ...changed });
  });

  it('refuses an invalid postcode with 400 and a field error, changing nothing', async () => {
    const { client } = await signedInOwner(t);
    const before = (await client.get('/api/accommodation')).json().accommodation;

    const response = await client.put('/api/accommodation', { ...changed, postcode: '1234' });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(response.json().fields.postcode.code).toBe('POSTCODE_INVALID');

    expect((await client.get('/api/accommodation')).json().accommodation).toEqual(before);
  });

  it('answers 401 NOT_AUTHENTICATED to GET and PUT without a session', async () => {
    const visitor = t.client();
    for (const response of [await visitor.get('/api/accommodation'), await visitor.put('/api/accommodation', changed)]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('NOT_AUTHENTICATED');
    }
  });
});

describe('isolation between owners', () => {
  it('shows each owner only their own accommodation', async () => {
    const a = await signedInOwner(t, { companyName: 'Camping De Eik' });
    const b = await signedInOwner(t, { companyName: 'Hotel Het Wapen' });
    const ofA = (await a.client.get('/api/accommodation')).json().accommodation;
    const ofB = (await b.client.get('/api/accommodation')).json().accommodation;
    expect(ofA.companyName).toBe('Camping De Eik');
    expect(ofB.companyName).toBe('Hotel Het Wapen');
    expect(ofA.id).not.toBe(ofB.id);
  });

  it('changes only the own accommodation, even when the body names another one', async () => {
    const a = await signedInOwner(t, { companyName: 'Camping De Eik' });
    const b = await signedInOwner(t, { companyName: 'Hotel Het Wapen' });
    const ofA = (await a.client.get('/api/accommodation')).json().accommodation;

    const response = await b.client.put('/api/accommodation', { ...changed, id: ofA.id, accommodationId: ofA.id });
    expect(response.statusCode).toBe(200);
    expect(response.json().accommodation.id).not.toBe(ofA.id);

    expect((await a.client.get('/api/accommodation')).json().accommodation).toEqual(ofA);
    expect((await b.client.get('/api/accommodation')).json().accommodation).toMatchObject(changed);
  });
});
