// Tourist tax through the real UI in Chromium: a municipality officer (made by the operator,
// password through the one-time link, 2FA with the QR code read by zbarimg and oathtool) sets the
// quarterly return period and a rate per person per night with an age exemption, meeting a Dutch
// field error on the way; an owner whose campsite had guests in the third quarter opens
// "Aangifte toeristenbelasting", checks the figures and the lines per stay, deducts what a booking
// platform collected, submits, gets the confirmation by email and downloads the PDF copy; the
// municipality then sees the return in its overview and exports the quarter as XLSX, opened
// here with exceljs to check the totals; and the statistics show the quarter's overnight stays.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
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
const owner = `camping.${stamp}@voorbeeld.nl`;
const officer = `belastingen.${stamp}@doetinchem.example`;
const campsite = `Camping De Zwaluw ${stamp}`;
let returnNumber = '';

/** An input by its label as users read it, with or without the required mark. */
const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const tabs = (page: Page) => page.getByRole('navigation', { name: 'Onderdelen van Toeristenbelasting' });
/** "€ 10,50" as Intl writes it, with a non-breaking space. */
const euro = (text: string) => new RegExp(`€\\s${text.replace(',', '\\,')}`);

/** Stays of the third quarter of 2026, registered with the owner's session through the API. */
async function registerGuests(): Promise<void> {
  const api = new ApiClient(server.baseUrl);
  expect((await api.request('POST', '/api/sessions', { email: owner, password })).status).toBe(200);
  const stays = [
    // A parent and a child of 6: the child is exempt; 1 taxed person × 3 nights.
    aStay({
      arrival: '2026-08-10',
      departure: '2026-08-13',
      persons: 2,
      guest: { initials: 'M.', surname: 'Veldhuis' },
      coTravellers: [{ initials: 'T.', surname: 'Veldhuis', dateOfBirth: '2020-03-01' }],
    }),
    // Crosses into the fourth quarter: 2 of its 3 nights are in this return.
    aStay({ arrival: '2026-09-29', departure: '2026-10-02', guest: { initials: 'R.', surname: 'Grensgeval' } }),
  ];
  for (const stay of stays) expect((await api.request('POST', '/api/register/stays', stay)).status).toBe(201);
}

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  browser = await launchBrowser();
  officerPage = await (await browser.newContext({ locale: 'nl-NL', acceptDownloads: true })).newPage();
  ownerPage = await (await browser.newContext({ locale: 'nl-NL', acceptDownloads: true })).newPage();
  await registerConfirmedOwner(server.baseUrl, mailbox, { email: owner, password, companyName: campsite });
  await registerGuests();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('the municipality sets its rate', () => {
  it('chooses quarterly returns and adds a rate per person per night, fixing a wrong value at its field', async () => {
    const page = officerPage;
    await firstSignInAsOperator(page, server, { email: officer, password, role: 'municipality', municipality: 'GM0222' });
    await mainMenu(page).getByRole('link', { name: 'Toeristenbelasting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toeristenbelasting' }).waitFor();
    await tabs(page).getByRole('link', { name: 'Tarieven' }).click();

    const settings = page.getByRole('form', { name: 'Periode en termijn van de aangifte' });
    await field(settings, 'Aangifteperiode').selectOption({ label: 'Kwartaal' });
    await field(settings, 'Uiterste termijn \\(dagen na de periode\\)').fill('31');
    await settings.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De aangifteperiode en de termijn zijn opgeslagen.').waitFor();

    const rule = page.getByRole('form', { name: 'Tarief toevoegen' });
    await field(rule, 'Geldig vanaf').fill('2026-01-01');
    await field(rule, 'Bedrag per persoon per nacht \\(€\\)').fill('2,50');
    await field(rule, 'Percentage van de logiesprijs \\(%\\)').fill('150');
    await field(rule, 'Vrijgesteld onder de leeftijd van').fill('12');
    await rule.getByRole('button', { name: 'Tarief toevoegen' }).click();
    await rule.getByText('Vul een percentage in van 0 tot 100, bijvoorbeeld 12,5.').waitFor();
    // No rate without where it comes from (decision 0010): asked at its field on the same try.
    await rule.getByText('Vul de verordening en het artikel in waar dit tarief uit komt.').waitFor();
    // Nothing typed is lost: only the wrong field is emptied by the user.
    expect(await field(rule, 'Bedrag per persoon per nacht \\(€\\)').inputValue()).toBe('2,50');
    await field(rule, 'Percentage van de logiesprijs \\(%\\)').fill('');
    await field(rule, 'Bron: verordening en artikel').fill('Voorbeeld, geen echte verordening');
    // The by-law's own exemptions and the workers' own rate (decision 0014); residents have no box.
    await rule.getByText('Inwoners van de gemeente zijn altijd vrijgesteld (Gemeentewet artikel 224).', { exact: false }).waitFor();
    await rule.getByLabel('Personen in de opvang van het COA vrijgesteld').check();
    await field(rule, 'Eigen tarief internationale werknemers per persoon per nacht').fill('1,00');
    await rule.getByRole('button', { name: 'Tarief toevoegen' }).click();
    await page.getByText('Het tarief is toegevoegd.').waitFor();
    const rates = page.getByRole('table', { name: 'Tarieven toeristenbelasting' });
    await rates
      .getByRole('row')
      .filter({ hasText: 'Alle soorten' })
      .filter({ hasText: euro('2,50') })
      .filter({ hasText: 'Voorbeeld, geen echte verordening' })
      .waitFor();
    await rates
      .getByRole('row')
      .filter({ hasText: 'inwoners, jonger dan 12 jaar, COA' })
      .filter({ hasText: /arbeidsmigranten €\s1,00 p\.p\.p\.n\./ })
      .waitFor();
    await expectAccessible(page);
  });
});

describe('the owner submits the quarterly return', () => {
  it('sees the quarter computed from the register, line per stay', async () => {
    const page = ownerPage;
    await submitSignIn(page, server.baseUrl, owner, password);
    await page.waitForURL(/\/app$/);
    await mainMenu(page).getByRole('link', { name: 'Aangifte toeristenbelasting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aangifte toeristenbelasting' }).waitFor();
    await expectAccessible(page);
    await page
      .getByRole('row', { name: /3e kwartaal 2026/ })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { level: 1, name: 'Aangifte toeristenbelasting 3e kwartaal 2026' }).waitFor();

    await expect.poll(async () => (await page.getByRole('main').textContent()) ?? '').toMatch(/Berekend bedrag\s*€\s12,50/);
    await page.getByText('Toon per registratie').click();
    const lines = page.getByRole('table', { name: 'Berekening per registratie' });
    expect(await lines.getByRole('row').count()).toBe(3);
    await lines
      .getByRole('row')
      .filter({ hasText: euro('7,50') })
      .waitFor();
    await lines
      .getByRole('row')
      .filter({ hasText: euro('5,00') })
      .waitFor();
    await expectAccessible(page);
  });

  it('deducts what a platform collected, with its reference, and submits', async () => {
    const page = ownerPage;
    const form = page.getByRole('form', { name: 'Aangifte indienen' });
    await field(form, 'Al afgedragen via boekingsplatform \\(€\\)').fill('2,00');
    await form.getByRole('button', { name: 'Indienen' }).click();
    await form.getByText('Vul het kenmerk van het boekingsplatform in.').waitFor();
    await field(form, 'Kenmerk van het platform').fill('AIRBNB-2026-Q3');
    await expect.poll(async () => (await form.textContent()) ?? '').toMatch(/Te betalen\s*€\s10,50/);
    await form.getByRole('button', { name: 'Indienen' }).click();
    const check = page.getByRole('region', { name: 'Controleer uw aangifte' });
    await expect.poll(async () => (await check.textContent()) ?? '').toMatch(/Te betalen\s*€\s10,50/);
    await check.getByRole('button', { name: 'Indienen' }).click();
    const confirmation = page.getByText(/Uw aangifte is ingediend onder nummer TB-GM0222-\d{6}/);
    await confirmation.waitFor();
    returnNumber = /TB-GM0222-\d{6}/.exec((await confirmation.textContent()) ?? '')?.[0] ?? '';
    expect(returnNumber).not.toBe('');
    const mail = await mailbox.waitFor(owner, /Bevestiging aangifte toeristenbelasting 3e kwartaal 2026/);
    expect(String(mail.text)).toContain(returnNumber);
    await expectAccessible(page);
  });

  it('downloads the PDF copy of the submitted return', async () => {
    const page = ownerPage;
    const submissions = page.getByRole('table', { name: 'Ingediende aangiften voor deze periode' });
    const [download] = await Promise.all([page.waitForEvent('download'), submissions.getByRole('link', { name: /Download PDF/ }).click()]);
    expect(download.suggestedFilename()).toBe(`aangifte-${returnNumber}.pdf`);
    const path = await download.path();
    expect(fs.readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Aangifte toeristenbelasting');
    expect(text).toContain(returnNumber);
    expect(text).toContain(campsite);
    expect(text).toMatch(/Aangegeven bedrag\s+€\s10,50/);
  });
});

describe("the municipality's returns", () => {
  it('shows the submitted return in the quarter and exports it as XLSX with matching totals', async () => {
    const page = officerPage;
    await tabs(page).getByRole('link', { name: 'Aangiften' }).click();
    await field(page, 'Jaar').selectOption('2026');
    await field(page, 'Kwartaal').selectOption({ label: '3e kwartaal' });
    await page.getByRole('button', { name: 'Tonen' }).click();
    const table = page.getByRole('table', { name: 'Aangiften toeristenbelasting 3e kwartaal 2026' });
    const row = table.getByRole('row').filter({ hasText: campsite });
    await row.filter({ hasText: 'Ingediend' }).filter({ hasText: returnNumber }).waitFor();
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Exporteren als Excel (XLSX)' }).click()]);
    expect(download.suggestedFilename()).toBe('toeristenbelasting-2026-Q3.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (name: string) => header.indexOf(name) + 1;
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    const ours = rows.find((r) => r.getCell(column('naam')).value === campsite);
    expect(ours?.getCell(column('aangiftenummer')).value).toBe(returnNumber);
    expect(ours?.getCell(column('belaste_persoonsnachten')).value).toBe(5);
    expect(ours?.getCell(column('aftrek_platform')).value).toBe(2);
    expect(ours?.getCell(column('te_betalen')).value).toBe(10.5);
    const total = rows.at(-1);
    expect(total?.getCell(1).value).toBe('totaal');
    const sum = rows.slice(0, -1).reduce((s, r) => s + Math.round(Number(r.getCell(column('te_betalen')).value) * 100), 0);
    expect(Math.round(Number(total?.getCell(column('te_betalen')).value) * 100)).toBe(sum);
  });

  it('shows the overnight stays of the year in charts with their data as tables', async () => {
    const page = officerPage;
    await tabs(page).getByRole('link', { name: 'Statistieken' }).click();
    await field(page, 'Jaar').selectOption('2026');
    await page.getByRole('button', { name: 'Tonen' }).click();
    // 2 persons × 3 nights in August, 1 person × 2 nights in September and 1 in October.
    await page.getByText(/In 2026 zijn er 9 persoonsnachten geregistreerd/).waitFor();
    expect(await page.locator('figure svg').count()).toBeGreaterThanOrEqual(4);
    // Person-nights by purpose of stay (decision 0014): here all tourists.
    await page.getByRole('heading', { name: 'Persoonsnachten per maand per reisdoel' }).waitFor();
    await expectAccessible(page);
  });
});
