// Schengen art. 45 at the desk, in Chromium on a tablet-sized screen: staff register a German guest
// under "Nieuwe registratie" and the guest signs in the box with the mouse, after which the stay
// is signed; a German guest sent by a booking system shows "Handtekening ontbreekt" in the
// register and signs at the desk later ("Op papier"), which the history records as a new version.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dutchToday } from '../src/shared/register/dates.ts';
import { aStay } from '../test/support/register.ts';
import { registerConfirmedOwner } from './support/accounts.ts';
import { ApiClient } from './support/api.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { startServer } from './support/server.ts';
import { submitSignIn } from './support/sign-in.ts';

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;

const password = 'de molen draait ook als het niet waait';
const owner = `balie.${Date.now()}@voorbeeld.nl`;
const today = dutchToday(new Date());
const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
const german = { initials: 'K.', surname: 'Brandt', residence: 'Köln', country: 'DE', nationality: 'DE', documentType: 'passport' };

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  browser = await launchBrowser();
  // A tablet at the reception.
  page = await (await browser.newContext({ locale: 'nl-NL', viewport: { width: 820, height: 1180 }, hasTouch: true })).newPage();
  await registerConfirmedOwner(server.baseUrl, mailbox, { email: owner, password });
  // A booking system sends a German guest: registered without a signature.
  const api = new ApiClient(server.baseUrl);
  expect((await api.request('POST', '/api/sessions', { email: owner, password })).status).toBe(200);
  const { body } = await api.request<{ token: string }>('POST', '/api/register/api-tokens', { name: 'PMS' });
  const posted = await fetch(`${server.baseUrl}/api/v1/stays`, {
    method: 'POST',
    headers: { authorization: `Bearer ${body.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(aStay({ arrival: today, departure: addDays(today, 2), guest: german })),
  });
  expect(posted.status).toBe(201);
  expect((await posted.json()).stay.signatureStatus).toBe('missing');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('signatures at the desk', () => {
  it('takes the signature drawn with the mouse in the staff form and shows the stay as signed', async () => {
    await submitSignIn(page, server.baseUrl, owner, password);
    await page.waitForURL(/\/app$/);
    await page.goto(`${server.baseUrl}/app/register/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Nieuwe registratie' }).waitFor();
    await field(page, 'Aankomstdatum').fill(today);
    await field(page, 'Vertrekdatum').fill(addDays(today, 1));
    await field(page, 'Aantal personen').fill('1');
    const guest = page.getByRole('group', { name: 'Hoofdgast' });
    await field(guest, 'Voorletters').fill('H.');
    await field(guest, 'Achternaam').fill('Müller');
    await field(guest, 'Woonplaats').fill('Hamburg');
    await field(guest, 'Land').selectOption({ label: 'Duitsland' });
    await field(guest, 'Geboortedatum').fill('1975-05-05');
    await field(guest, 'Nationaliteit').selectOption({ label: 'Duitsland' });
    await field(guest, 'Soort identiteitsbewijs').selectOption({ label: 'Paspoort' });

    const pad = page.getByRole('img', { name: 'Vak voor de handtekening van H. Müller' });
    await pad.scrollIntoViewIfNeeded();
    const box = await pad.boundingBox();
    if (!box) throw new Error('no signature box');
    await page.mouse.move(box.x + 30, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 30 + i * 25, box.y + box.height / 2 + (i % 2 ? 20 : -20));
    await page.mouse.up();
    await page.getByText('Getekend.').waitFor();

    await page.getByRole('button', { name: 'Registratie opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: /Registratie \d+/ }).waitFor();
    await page.getByText('Alle handtekeningen zijn er.').waitFor();
    await page.getByRole('img', { name: 'Handtekening van H. Müller' }).waitFor();
    expect(await page.getByText('Handtekening ontbreekt').count()).toBe(0);
  });

  it('shows the stay from the booking system as missing its signature and signs it at the desk on paper', async () => {
    await page.goto(`${server.baseUrl}/app/register`);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'K. Brandt' }) });
    await row.getByText('Handtekening ontbreekt').waitFor();
    await row.getByRole('link', { name: 'K. Brandt' }).click();
    await page.getByText('Handtekening ontbreekt').first().waitFor();
    await page.getByLabel('Op papier (ik heb de handtekening gezien)').check();
    await page.getByRole('button', { name: 'Handtekening opslaan' }).click();
    await page.getByText('De handtekening van K. Brandt is vastgelegd.').waitFor();
    await page.getByText('Alle handtekeningen zijn er.').waitFor();
    await page.getByText(new RegExp(`Getekend op papier, .*, gezien door ${owner.replace(/\./g, '\\.')}`)).waitFor();
    await page.getByRole('cell', { name: 'Getekend' }).waitFor();
  });
});
