// An inspector's night look-up through the real UI in Chromium, with its audit record visible to
// the owner: an owner in Doetinchem has guests (registered through the API with the owner's
// session); an inspector of Doetinchem (made by the operator, password through the one-time
// link, 2FA set up with the QR code read by zbarimg and codes from oathtool) opens "Inzage
// register", asks who stayed at the owner's hotel in night D with a reason, sees the guest and
// not the one who left that day, lists who is present now for printing, and checks "Register
// intact". The owner then finds the look-ups in "Logboek" with their kind, date and how many of
// their stays were shown, but not who looked, why or from where.
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dutchToday } from '../src/shared/register/dates.ts';
import { municipalities } from '../src/server/db/schema.ts';
import { aStay } from '../test/support/register.ts';
import { expectAccessible } from './support/a11y.ts';
import { registerConfirmedOwner } from './support/accounts.ts';
import { ApiClient } from './support/api.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { firstSignInAsOperator } from './support/operator.ts';
import { startServer } from './support/server.ts';
import { submitSignIn } from './support/sign-in.ts';

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let inspectorPage: Page;
let ownerPage: Page;

const password = 'de molen draait ook als het niet waait';
const stamp = Date.now();
const owner = `eigenaar.${stamp}@voorbeeld.nl`;
const inspector = `toezicht.${stamp}@doetinchem.example`;
const hotel = `Hotel De Nachtegaal ${stamp}`;
const reason = `Zaak ${stamp}: melding overlast`;
// The register's days are Dutch days, wherever the test runs; night D is two days ago.
const today = dutchToday(new Date());
const night = addDays(today, -2);

/** An input by its label as users read it, with or without the required mark. */
const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

/** A date as the page writes it: the browser's own formatting, so the test does not depend on Node's. */
const formatInBrowser = (page: Page, day: string, dateStyle: 'long' | 'medium') =>
  page.evaluate(([d, style]) => new Date(d).toLocaleDateString('nl-NL', { dateStyle: style, timeZone: 'Europe/Amsterdam' }), [day, dateStyle] as const);

async function registerGuests(): Promise<void> {
  const api = new ApiClient(server.baseUrl);
  expect((await api.request('POST', '/api/sessions', { email: owner, password })).status).toBe(200);
  const stays = [
    // Stayed the night of D and is still here.
    aStay({
      arrival: addDays(night, -1),
      departure: addDays(today, 2),
      persons: 2,
      guest: { initials: 'M.', surname: 'Van Dijk' },
      coTravellers: [{ initials: 'A.', surname: 'Van Dijk' }],
    }),
    // Left on day D: not a guest of night D.
    aStay({ arrival: addDays(night, -3), departure: night, guest: { initials: 'P.', surname: 'Vertrekker' } }),
  ];
  for (const stay of stays) expect((await api.request('POST', '/api/register/stays', stay)).status).toBe(201);
}

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  browser = await launchBrowser();
  inspectorPage = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  ownerPage = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await registerConfirmedOwner(server.baseUrl, mailbox, { email: owner, password, companyName: hotel });
  await registerGuests();
  // Doetinchem chose the monthly copy (off by default, decision 0015); the setting's own journey is in the settings' tests.
  await server.deps.db.update(municipalities).set({ monthlyCopy: true }).where(eq(municipalities.cbsCode, 'GM0222'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('an inspector looks into the register', () => {
  it('finds who stayed at the hotel in night D, with the reason required and kept out of the address', async () => {
    const page = inspectorPage;
    await firstSignInAsOperator(page, server, { email: inspector, password, role: 'inspector', municipality: 'GM0222' });
    await mainMenu(page).getByRole('link', { name: 'Inzage register' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inzage register' }).waitFor();
    await expectAccessible(page);

    const form = page.getByRole('form', { name: 'Wie verbleef er in nacht…' });
    await field(form, 'Nacht').fill(night);
    const accommodation = field(form, 'Accommodatie');
    await accommodation.locator('option', { hasText: hotel }).waitFor({ state: 'attached' });
    await accommodation.selectOption({ label: `${hotel}, Bosweg 3, Doetinchem` });
    // Without a reason nothing is looked up.
    await form.getByRole('button', { name: 'Zoeken' }).click();
    await form.getByText('Geef een reden op.').waitFor();
    await field(form, 'Reden').fill(reason);
    await form.getByRole('button', { name: 'Zoeken' }).click();

    const longNight = await formatInBrowser(page, night, 'long');
    await page.getByRole('heading', { level: 2, name: `Verblijven in de nacht van ${longNight} in ${hotel}` }).waitFor();
    const table = page.getByRole('table', { name: 'Gevonden verblijven' });
    await table.getByRole('cell', { name: /M\. Van Dijk/ }).waitFor();
    expect(await table.getByText('Met: A. Van Dijk').count()).toBe(1);
    expect(await table.getByText(/Vertrekker/).count()).toBe(0);
    await page.getByText('1 verblijf met in totaal 2 personen.').waitFor();
    expect(page.url()).not.toContain('Zaak');
    await expectAccessible(page);
  });

  it('prints who is present now without the menu', async () => {
    const page = inspectorPage;
    await page.getByRole('navigation', { name: 'Onderdelen van Inzage register' }).getByRole('link', { name: 'Aanwezigen nu' }).click();
    const form = page.getByRole('form', { name: 'Aanwezigen nu' });
    await field(form, 'Accommodatie').selectOption({ label: `${hotel}, Bosweg 3, Doetinchem` });
    await field(form, 'Reden').fill(reason);
    await form.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 2, name: `Aanwezigen nu in ${hotel}` }).waitFor();
    await page.getByText('Totaal aanwezig: 2 personen.').waitFor();
    // The three groups of the emergency list, each with its persons; the guests nobody checked in count by the registration.
    await page.getByRole('heading', { level: 3, name: 'In huis: 2 personen' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Vertrekt vandaag (nog niet uitgecheckt): 0 personen' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Verwacht (nog niet ingecheckt): 0 personen' }).waitFor();
    await page.getByRole('table', { name: 'In huis' }).getByRole('cell', { name: 'Volgens registratie', exact: true }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await mainMenu(page).isVisible()).toBe(false);
    expect(await form.isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: 'In huis' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('checks that the register is intact', async () => {
    const page = inspectorPage;
    await page.getByRole('navigation', { name: 'Onderdelen van Inzage register' }).getByRole('link', { name: 'Register controleren' }).click();
    const form = page.getByRole('form', { name: 'Register controleren' });
    await field(form, 'Accommodatie').selectOption({ label: `${hotel}, Bosweg 3, Doetinchem` });
    await field(form, 'Reden').fill(reason);
    await form.getByRole('button', { name: 'Controleren' }).click();
    await page.getByRole('heading', { level: 2, name: `Register van ${hotel}` }).waitFor();
    await page.getByText('Register intact', { exact: true }).waitFor();
    await page.getByText('2 registraties en 2 versies gecontroleerd. Het laatst uitgegeven volgnummer is 2.').waitFor();
    await expectAccessible(page);
  });
});

describe('the monthly copy of the register', () => {
  it("downloads this month's copy with the hotel's stays in it", async () => {
    const page = inspectorPage;
    await page.getByRole('navigation', { name: 'Onderdelen van Inzage register' }).getByRole('link', { name: 'Maandkopie' }).click();
    await field(page, 'Maand').fill(night.slice(0, 7));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Kopie downloaden (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe(`nachtregister-maandkopie-${night.slice(0, 7)}.csv`);
    const path = await download.path();
    const csv = fs.readFileSync(path, 'utf8');
    expect(csv).toContain(hotel);
    await expectAccessible(page);
  });
});

describe('the owner sees that the register was inspected', () => {
  it('shows the look-ups in "Logboek" with their kind, date and count, without the inspector or the reason', async () => {
    const page = ownerPage;
    await submitSignIn(page, server.baseUrl, owner, password);
    await page.waitForURL(/\/app$/);
    await mainMenu(page).getByRole('link', { name: 'Logboek' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logboek' }).waitFor();
    const log = page.getByRole('table', { name: 'Gebeurtenissen in het logboek' });
    const inspections = log.getByRole('row').filter({ hasText: 'Register ingezien door toezicht' });
    const nightRow = inspections.filter({ hasText: `Wie verbleef er in nacht ${await formatInBrowser(page, night, 'long')} (1 verblijf getoond)` });
    await nightRow.waitFor();
    expect(await nightRow.textContent()).toContain(await formatInBrowser(page, today, 'medium'));
    expect(await nightRow.textContent()).toContain('Toezicht van de gemeente');
    const logText = (await log.textContent()) ?? '';
    expect([logText.includes(inspector), logText.includes(reason)]).toEqual([false, false]);
    expect(await inspections.filter({ hasText: 'Register controleren: register intact' }).count()).toBe(1);
    expect(await inspections.filter({ hasText: /Aanwezigen op/ }).count()).toBe(1);
    await expectAccessible(page);
  });
});
