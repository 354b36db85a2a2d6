// A municipality chooses the monthly copy in Chromium (decision 0015): "Instellingen" says what
// retention keeps after the retention period and why, and that the monthly copy is off by default
// with its AVG reason; "Maandkopie" under Inzage register says the municipality makes no copy;
// once the box is ticked and saved, the tool offers the download.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/a11y.ts';
import { launchBrowser } from './support/browser.ts';
import { firstSignInAsOperator } from './support/operator.ts';
import { startServer } from './support/server.ts';

const password = 'de molen draait ook als het niet waait';
const email = `gemeente.${Date.now()}@doetinchem.example`;

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const openSettings = async () => {
  await page.goto(`${server.baseUrl}/app/gemeente`);
  await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
};
const openMonthlyCopy = async () => {
  await page.goto(`${server.baseUrl}/app/inzage/maandkopie`);
};

describe('the monthly copy as the municipality’s choice', () => {
  it('shows what retention keeps and the copy off by default, and Maandkopie says there is none', async () => {
    await firstSignInAsOperator(page, server, { email, password, role: 'municipality', municipality: 'GM0222' });
    await openSettings();
    await page.getByText('Wat na de bewaartermijn blijft, en waarom').waitFor();
    await page.getByText(/blijft per persoon anoniem bewaard: het aantal nachten/).waitFor();
    const box = page.getByRole('checkbox', { name: 'Maandkopie van het register maken' });
    expect(await box.isChecked()).toBe(false);
    await page.getByText(/Standaard uit: elke kopie is een extra verzameling persoonsgegevens/).waitFor();
    await expectAccessible(page);
    await openMonthlyCopy();
    await page.getByText('Uw gemeente maakt geen maandkopie van het register.', { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: 'Kopie downloaden (CSV)' }).count()).toBe(0);
  });

  it('offers the copy once the municipality ticks the box and saves', async () => {
    await openSettings();
    await page.getByRole('checkbox', { name: 'Maandkopie van het register maken' }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor();
    await openMonthlyCopy();
    await page.getByRole('link', { name: 'Kopie downloaden (CSV)' }).waitFor();
  });
});
