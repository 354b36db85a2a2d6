// Importing a CSV file and making an API token through the real UI in Chromium: the owner opens
// "CSV importeren" from the register, chooses a file of three stays of which one leaves before it
// arrives, sees that row's error in Dutch next to two good rows, imports the two, finds them in
// the register, and on choosing the same file again sees them as already there; a file of too many
// columns is refused with the reason in Dutch. Then the owner makes an API token under
// "API-sleutels", sees it once, and revokes it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const owner = `importeur.${Date.now()}@voorbeeld.nl`;

// As Dutch Excel saves it: semicolons, Dutch dates, a price with a decimal comma.
const FILE = [
  'aankomst;vertrek;personen;boekingsnummer;prijs;voorletters;achternaam;woonplaats;land;geboortedatum;nationaliteit;documentsoort;medereizigers',
  '01-07-2026;04-07-2026;2;BK-1;189,50;A.;Appelboom;Utrecht;NL;02-04-1980;NL;identiteitskaart;B. Appelboom 1982-05-17',
  `05-07-2026;03-07-2026;1;BK-2;89,50;C.;Omgekeerd;${'Arnhem'.repeat(17)};NL;1975-01-01;NL;paspoort;`,
  '2026-07-02;2026-07-03;1;BK-3;;D.;Schneider;Köln;Duitsland;1990-12-24;Duitsland;paspoort;',
].join('\r\n');

const chooseFile = (name = 'gasten.csv') => page.getByLabel(/^CSV-bestand/).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(FILE, 'utf8') });

/** The row of the preview table for line `line` of the file. */
const previewRow = (line: number) =>
  page
    .getByRole('table', { name: 'De regels van het bestand' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: String(line), exact: true }) });

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await registerConfirmedOwner(server.baseUrl, mailbox, { email: owner, password });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('a CSV import with one bad row', () => {
  it('shows the preview with the bad row in Dutch and the good rows', async () => {
    await submitSignIn(page, server.baseUrl, owner, password);
    await page.waitForURL(/\/app$/);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Register' }).click();
    await page.getByRole('link', { name: 'CSV importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'CSV importeren' }).waitFor();
    expect(await page.getByRole('link', { name: 'Sjabloon downloaden' }).getAttribute('href')).toBe('/api/register/import-template.csv');

    // "Controleren" without a file says what is missing.
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText('Kies een CSV-bestand.').waitFor();

    await chooseFile();
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText('3 regels: 2 goed, 0 al in het register, 1 met fouten.').waitFor();
    await expect.poll(() => previewRow(3).textContent()).toContain('vertrek: De vertrekdatum moet na de aankomstdatum liggen.');
    // A cell too long names the maximum, as the form's field does.
    expect(await previewRow(3).textContent()).toContain('woonplaats: Maximaal 100 tekens.');
    expect(await previewRow(3).textContent()).toContain('Bevat fouten');
    expect(await previewRow(2).textContent()).toContain('A. Appelboom');
    expect(await previewRow(4).textContent()).toContain('Goed');
    await expectAccessible(page);
  });

  it('imports the two good rows, which the register then shows', async () => {
    await page.getByRole('button', { name: 'Importeren (2 registraties)' }).click();
    await page.getByText('2 registraties geïmporteerd.').waitFor();
    await page.getByRole('link', { name: 'Bekijk het register' }).click();
    await page.waitForURL(/\/app\/register\?view=all$/);
    const register = page.getByRole('table', { name: 'Registraties' });
    await register.getByRole('link', { name: /A\. Appelboom/ }).waitFor();
    await register.getByRole('link', { name: /D\. Schneider/ }).waitFor();
    expect(await register.getByText('Omgekeerd').count()).toBe(0);
  });

  it('previews the same file again as already in the register, with nothing to import', async () => {
    await page.getByRole('link', { name: 'CSV importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'CSV importeren' }).waitFor();
    await chooseFile('gasten-nogmaals.csv');
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText('3 regels: 0 goed, 2 al in het register, 1 met fouten.').waitFor();
    expect(await previewRow(2).textContent()).toContain('Staat al in het register');
    await page.getByText('Er is niets te importeren.').waitFor();
    expect(await page.getByRole('button', { name: /^Importeren/ }).count()).toBe(0);
  });

  it('says in Dutch which limit a file passes that is not read at all', async () => {
    const wide = `${FILE.split('\r\n')[0]}${';extra'.repeat(100)}\r\n`;
    await page.getByLabel(/^CSV-bestand/).setInputFiles({ name: 'te-breed.csv', mimeType: 'text/csv', buffer: Buffer.from(wide, 'utf8') });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText('Een regel van het bestand heeft meer dan 100 kolommen. Gebruik de kolommen van het sjabloon.').waitFor();
    await expectAccessible(page);
  });
});

describe('an API token for a booking system', () => {
  it('is shown once with a copy button, listed by its first characters, and can be revoked', async () => {
    await page.goto(`${server.baseUrl}/app/register`);
    await page.getByRole('link', { name: 'API-sleutels' }).click();
    await page.getByRole('heading', { level: 1, name: 'API-sleutels' }).waitFor();
    expect(await page.getByRole('link', { name: 'API-documentatie' }).getAttribute('href')).toBe('/api/docs');

    await page.getByLabel(/^Naam/).fill('Boekingssysteem Zon');
    await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
    await page.getByRole('heading', { name: 'Uw nieuwe API-sleutel: Boekingssysteem Zon' }).waitFor();
    const token = await page.getByLabel('API-sleutel', { exact: true }).inputValue();
    expect(token).toMatch(/^nr_[0-9a-f]{8}[A-Za-z0-9_-]{43}$/);
    await page.getByRole('button', { name: 'Kopiëren' }).waitFor();
    await expectAccessible(page);

    // The token works for the booking system, and the table knows it by its first characters.
    const call = () => fetch(`${server.baseUrl}/api/v1/units`, { headers: { authorization: `Bearer ${token}` } });
    expect((await call()).status).toBe(200);
    const row = page.getByRole('table', { name: 'API-sleutels van deze accommodatie' }).getByRole('row').filter({ hasText: 'Boekingssysteem Zon' });
    expect(await row.textContent()).toContain(token.slice(0, 11));
    expect(await row.textContent()).not.toContain(token.slice(11));

    await row.getByRole('button', { name: 'Intrekken: Boekingssysteem Zon' }).click();
    await page.getByText('De API-sleutel "Boekingssysteem Zon" is ingetrokken.', { exact: false }).waitFor();
    await expect.poll(() => row.textContent()).toContain('Ingetrokken op');
    expect((await call()).status).toBe(401);
  });
});
