// The base and the unknown ages through the real UI in Chromium (decision 0010): at a campsite in Doetinchem,
// whose demo rate exempts children from the per-person amount, an owner fills in "Nieuwe
// registratie" for three persons and is told under "Aantal personen" how many have no date of
// birth ("2 personen zonder leeftijd: geen vrijstelling toegepast"), then 1 after giving the
// child's; the price field says it holds the lodging incl. VAT. The return page then shows the
// base without VAT, the person without an age on the stay's line and in a warning, and the rate
// with its source ("Voorbeeld, geen echte verordening").
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dutchToday } from '../src/shared/register/dates.ts';
import { seedDemoTaxRules } from '../src/server/modules/tourist-tax/rules/demo-rules.ts';
import { expectAccessible } from './support/a11y.ts';
import { registerConfirmedOwner } from './support/accounts.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { startServer } from './support/server.ts';
import { submitSignIn } from './support/sign-in.ts';

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;

const password = 'de molen draait ook als het niet waait';
const stamp = Date.now();
const owner = `gastenverblijf.${stamp}@voorbeeld.nl`;
const today = dutchToday(new Date());
const year = today.slice(0, 4);

const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
const mainMenu = (p: Page) => p.getByRole('navigation', { name: 'Hoofdmenu' });

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  // The demo's rates, as `npm start` seeds them: Doetinchem's campsites €0.95 per person per night, under-12s exempt.
  await seedDemoTaxRules(server.deps.db, new Date());
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await registerConfirmedOwner(server.baseUrl, mailbox, { email: owner, password, companyName: `Gastenverblijf De Graafschap ${stamp}` });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('persons without a known age and the base without VAT', () => {
  it('names the persons without a date of birth in the stay form, as the rate exempts children', async () => {
    await submitSignIn(page, server.baseUrl, owner, password);
    await page.waitForURL(/\/app$/);
    await mainMenu(page).getByRole('link', { name: 'Register', exact: true }).click();
    await page.getByRole('link', { name: 'Nieuwe registratie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe registratie' }).waitFor();

    await field(page, 'Aankomstdatum').fill(today);
    await field(page, 'Vertrekdatum').fill(addDays(today, 2));
    await field(page, 'Aantal personen').fill('3');
    await page.getByLabel('Toerist').check();
    await field(page, 'Logiesprijs incl. btw').fill('121,00');
    await page.getByText('met btw, zonder toeristenbelasting en zonder ontbijt of andere diensten', { exact: false }).waitFor();
    const guest = page.getByRole('group', { name: 'Hoofdgast' });
    await field(guest, 'Voorletters').fill('E.');
    await field(guest, 'Achternaam').fill('Wassink');
    await field(guest, 'Woonplaats').fill('Zwolle');
    await field(guest, 'Land').selectOption({ label: 'Nederland' });
    await field(guest, 'Geboortedatum').fill('1988-09-21');
    await field(guest, 'Nationaliteit').selectOption({ label: 'Nederland' });
    await field(guest, 'Soort identiteitsbewijs').selectOption({ label: 'Identiteitskaart' });
    await page.getByRole('button', { name: 'Medereiziger toevoegen' }).click();
    const child = page.getByRole('group', { name: 'Medereiziger 1' });
    await field(child, 'Voorletters').fill('S.');
    await field(child, 'Achternaam').fill('Wassink');

    const note = page.getByRole('status').filter({ hasText: 'zonder leeftijd' });
    await note.getByText(/^2 personen zonder leeftijd: geen vrijstelling toegepast\./).waitFor();
    await expectAccessible(page);
    await field(child, 'Geboortedatum').fill(addDays(today, -6 * 366));
    await note.getByText(/^1 persoon zonder leeftijd: geen vrijstelling toegepast\./).waitFor();

    await page.getByRole('button', { name: 'Registratie opslaan' }).click();
    await page.getByText(/Registratie \d+ is opgeslagen\./).waitFor();
  });

  it("shows the base without VAT, the person without an age and the rate's source on the return page", async () => {
    await page.goto(`${server.baseUrl}/app/aangifte/${year}`);
    await page.getByRole('heading', { level: 1, name: `Aangifte toeristenbelasting ${year}` }).waitFor();
    const main = page.getByRole('main');
    // €121.00 for nights in 2026 or later holds 21 % VAT: €100.00 without.
    await expect.poll(async () => (await main.textContent()) ?? '').toMatch(/Grondslag: logiesomzet zonder btw\s*€\s100,00/);
    await page.getByText(/1 persoon in deze periode heeft geen bekende leeftijd/).waitFor();
    await page.getByText('Toon per registratie').click();
    const lines = page.getByRole('table', { name: 'Berekening per registratie' });
    await lines.getByText('1 persoon zonder leeftijd: geen vrijstelling toegepast').waitFor();
    await lines.getByText(/btw 21\s?%/).waitFor();
    // A campsite: Doetinchem's demo rate for campsites, €0.95. Two persons (the guest and the one
    // without an age) × 2 nights; the child is exempt.
    await lines
      .getByRole('row')
      .filter({ hasText: /€\s3,80/ })
      .waitFor();
    await page.getByText('Bron: Voorbeeld, geen echte verordening').waitFor();
    await expectAccessible(page);
  });
});
