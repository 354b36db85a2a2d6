// Aangifte, then aanslag, in Chromium: an owner's campsite files its yearly return for 2025; the
// municipality's officer records the definitive aanslag under "Toeristenbelasting → Aanslagen";
// the owner sees it beside the return with the last day for bezwaar (6 weeks after the
// dagtekening) and files a "Verzoek om ambtshalve vermindering" with its reason (meeting the
// Dutch field error of a missing reason first); the officer then sees the request beside the
// aanslag. Yearly returns and a definitive aanslag after them follow by-laws such as Nieuwkoop's
// Verordening verblijfsbelasting 2025 (CVDR731685), "Wijze van heffing: bij wege van aanslag".
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
let officerPage: Page;
let ownerPage: Page;

const password = 'de molen draait ook als het niet waait';
const stamp = Date.now();
const owner = `aanslag.${stamp}@voorbeeld.nl`;
const officer = `heffing.${stamp}@doetinchem.example`;
const campsite = `Camping Het Aanslagveld ${stamp}`;
const assessmentNumber = `2026-${String(stamp).slice(-6)}`;

const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const tabs = (page: Page) => page.getByRole('navigation', { name: 'Onderdelen van Toeristenbelasting' });

/** The rate (through the officer's session) and the owner's stays and return of 2025 (through the API). */
async function rateStaysAndReturn(): Promise<void> {
  const request = officerPage.request;
  const { token } = (await (await request.get(`${server.baseUrl}/api/csrf`)).json()) as { token: string };
  const rule = await request.post(`${server.baseUrl}/api/municipality/tax/rules`, {
    headers: { 'x-csrf-token': token },
    data: { validFrom: '2025-01-01', perPersonNightCents: 250 },
  });
  expect(rule.status()).toBe(201);
  const api = new ApiClient(server.baseUrl);
  expect((await api.request('POST', '/api/sessions', { email: owner, password })).status).toBe(200);
  // 2 persons × 3 nights × € 2,50 = € 15,00.
  expect((await api.request('POST', '/api/register/stays', aStay({ arrival: '2025-08-10', departure: '2025-08-13', persons: 2 }))).status).toBe(201);
  expect((await api.request('POST', '/api/tax/returns/2025', {})).status).toBe(201);
}

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  browser = await launchBrowser();
  officerPage = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  ownerPage = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await registerConfirmedOwner(server.baseUrl, mailbox, { email: owner, password, companyName: campsite });
  await firstSignInAsOperator(officerPage, server, { email: officer, password, role: 'municipality', municipality: 'GM0222' });
  await rateStaysAndReturn();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('the municipality records the aanslag', () => {
  it('enters the definitive aanslag of 2025 under Aanslagen', async () => {
    const page = officerPage;
    await mainMenu(page).getByRole('link', { name: 'Toeristenbelasting' }).click();
    await tabs(page).getByRole('link', { name: 'Aanslagen' }).click();
    await field(page, 'Jaar').selectOption('2025');
    await page.getByRole('button', { name: 'Tonen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Aanslagen 2025' }).waitFor();
    await page.getByText('Voor deze periode zijn nog geen aanslagen vastgelegd.').waitFor();

    const form = page.getByRole('form', { name: 'Aanslag vastleggen' });
    await field(form, 'Accommodatie').selectOption({ label: campsite });
    await field(form, 'Soort aanslag').selectOption({ label: 'Definitieve aanslag' });
    await field(form, 'Aanslagnummer').fill(assessmentNumber);
    await field(form, 'Bedrag \\(€\\)').fill('15,00');
    // Monday 30 November 2026: six weeks later is Monday 11 January 2027.
    await field(form, 'Dagtekening').fill('2026-11-30');
    await form.getByRole('button', { name: 'Aanslag vastleggen' }).click();
    await page.getByText(`Aanslag ${assessmentNumber} is vastgelegd.`).waitFor();
    const row = page.getByRole('table', { name: 'Aanslagen 2025' }).getByRole('row').filter({ hasText: assessmentNumber });
    await row.filter({ hasText: campsite }).filter({ hasText: 'Definitieve aanslag' }).filter({ hasText: '11 januari 2027' }).waitFor();
    await expectAccessible(page);
  });
});

describe('the owner sees it beside the return', () => {
  it('shows the aanslag with the last day for bezwaar, 6 weeks after its date', async () => {
    const page = ownerPage;
    await submitSignIn(page, server.baseUrl, owner, password);
    await page.waitForURL(/\/app$/);
    await page.goto(`${server.baseUrl}/app/aangifte/2025`);
    await page.getByRole('heading', { level: 1, name: 'Aangifte toeristenbelasting 2025' }).waitFor();
    const table = page.getByRole('table', { name: 'Aanslagen voor deze periode' });
    const row = table.getByRole('row').filter({ hasText: assessmentNumber });
    await row
      .filter({ hasText: 'Definitieve aanslag' })
      .filter({ hasText: '30 november 2026' })
      .filter({ hasText: /€\s15,00/ })
      .waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    const cells = await row.getByRole('cell').allTextContents();
    // The row header is the number; the cells follow the other columns.
    expect(cells[headers.indexOf('Bezwaar uiterlijk') - 1]).toBe('11 januari 2027');
    await page.getByText('Er is een definitieve aanslag.', { exact: false }).waitFor();
    await expectAccessible(page);
  });

  it('files a request for ambtshalve vermindering, with its reason', async () => {
    const page = ownerPage;
    const form = page.getByRole('form', { name: 'Verzoek om ambtshalve vermindering' });
    await field(form, 'Verminderen met \\(€\\)').fill('2,50');
    await form.getByRole('button', { name: 'Verzoek indienen' }).click();
    // The reason is required: the error stands at its field and the amount typed stays.
    await expect.poll(async () => (await field(form, 'Reden').getAttribute('aria-invalid')) ?? '').toBe('true');
    expect(await field(form, 'Verminderen met \\(€\\)').inputValue()).toBe('2,50');
    await field(form, 'Reden').fill('Een gast bleek achteraf inwoner van Doetinchem.');
    await form.getByRole('button', { name: 'Verzoek indienen' }).click();
    await page.getByText(`Uw verzoek om ambtshalve vermindering van aanslag ${assessmentNumber} is naar de gemeente gestuurd.`).waitFor();
    await page
      .getByRole('table', { name: 'Aanslagen voor deze periode' })
      .getByText(/Een gast bleek achteraf inwoner van Doetinchem/)
      .waitFor();
    await expectAccessible(page);
  });
});

describe('the municipality sees the request', () => {
  it('shows it beside the aanslag', async () => {
    const page = officerPage;
    await page.reload();
    const row = page.getByRole('table', { name: 'Aanslagen 2025' }).getByRole('row').filter({ hasText: assessmentNumber });
    await row
      .filter({ hasText: /€\s2,50/ })
      .filter({ hasText: 'Een gast bleek achteraf inwoner van Doetinchem.' })
      .waitFor();
  });
});
