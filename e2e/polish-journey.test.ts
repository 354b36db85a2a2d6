// The finish of the walk through the app, in Chromium against a server whose mail goes to the
// development outbox: public pages leave the browser console clean; asking "are you sure?" is one
// dialog that works by keyboard; a too long name says its maximum; the outbox shows Amsterdam time
// (the browser here runs in UTC); and the invitation page reads like an invitation.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/a11y.ts';
import { municipalityId } from './support/accounts.ts';
import { ApiClient } from './support/api.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer } from './support/server.ts';
import { submitSignIn } from './support/sign-in.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let ownerApi: ApiClient;

const stamp = Date.now();
const owner = `eigenaar.${stamp}@voorbeeld.nl`;
const password = 'de molen draait ook als het niet waait';
const PHONE = { width: 360, height: 740 };

interface OutboxMessage {
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

async function outbox(): Promise<OutboxMessage[]> {
  return (await new ApiClient(server.baseUrl).request<{ messages: OutboxMessage[] }>('GET', '/api/dev/outbox')).body.messages;
}

async function waitForMail(to: string, subject: RegExp): Promise<OutboxMessage> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const found = (await outbox()).find((m) => m.to === to && subject.test(m.subject));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail to ${to} matching ${subject}`);
}

/** A page in a browser whose clock runs in UTC, as on a server or a laptop set to another zone. */
async function newPage(viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'UTC', ...(viewport ? { viewport } : {}) });
  return context.newPage();
}

/** Errors and warnings the page writes to its console, and uncaught exceptions. */
function consoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message} (${page.url()})`));
  return problems;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  ownerApi = new ApiClient(server.baseUrl);
  const registered = await ownerApi.request('POST', '/api/registrations', {
    companyName: 'Camping De Vlinder',
    address: 'Bosweg 3',
    postcode: '7001 AB',
    city: 'Doetinchem',
    kvkNumber: '',
    phone: '',
    beds: 120,
    accommodationType: 'campsite',
    municipalityId: await municipalityId(server.baseUrl, 'GM0222'),
    email: owner,
    password,
  });
  expect(registered.status).toBe(201);
  const mail = await waitForMail(owner, /Bevestig uw emailadres/);
  const code = /code=([0-9a-f]{48})/.exec(mail.text)?.[1];
  expect((await ownerApi.request('POST', '/api/email-confirmations', { code })).status).toBe(200);
  expect((await ownerApi.request('POST', '/api/sessions', { email: owner, password })).status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('public pages on a phone', () => {
  it('log no error in the browser console', async () => {
    const link = await ownerApi.request<{ url: string }>('GET', '/api/register/check-in-link');
    expect(link.status).toBe(200);
    const page = await newPage(PHONE);
    const problems = consoleProblems(page);
    const pages: [string, string][] = [
      ['/', 'Log in met bestaand account'],
      ['/inloggen', 'Log in met bestaand account'],
      ['/registreren', 'Registreren'],
      ['/wachtwoord-vergeten', 'Wachtwoord vergeten'],
      ['/handleiding', 'Handleiding'],
      [new URL(link.body.url).pathname, 'Camping De Vlinder'],
    ];
    for (const [path, heading] of pages) {
      await page.goto(server.baseUrl + path);
      await page.getByRole('heading', { level: 1, name: heading, exact: false }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
    }
    expect(problems).toEqual([]);
  });
});

describe('an owner at work', () => {
  let ownerPage: Page;
  let invitationLink = '';
  const invitee = `sanne.${stamp}@voorbeeld.nl`;
  const other = `piet.${stamp}@voorbeeld.nl`;

  const invite = async (email: string, name: string) => {
    await ownerPage.getByLabel(/^Emailadres( \*)?$/).fill(email);
    await ownerPage.getByLabel(/^Naam( \*)?$/).fill(name);
    await ownerPage.getByLabel(/^Rol( \*)?$/).selectOption({ label: 'Medewerker' });
    await ownerPage.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await ownerPage.getByText(`De uitnodiging is verstuurd naar ${email}.`, { exact: false }).waitFor();
  };

  beforeAll(async () => {
    ownerPage = await newPage();
    await submitSignIn(ownerPage, server.baseUrl, owner, password);
    await ownerPage.waitForURL(/\/app$/);
    await ownerPage.goto(`${server.baseUrl}/app/gebruikers`);
    await ownerPage.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
  });

  it('says the maximum of a name that is too long', async () => {
    await ownerPage.getByLabel(/^Naam( \*)?$/).fill('x'.repeat(101));
    await ownerPage.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await ownerPage.getByText('Maximaal 100 tekens.', { exact: true }).waitFor();
    expect(await ownerPage.getByLabel(/^Naam( \*)?$/).getAttribute('aria-invalid')).toBe('true');
  });

  it('asks before revoking an invitation in a dialog that works by keyboard', async () => {
    await invite(other, 'Piet Peters');
    await invite(invitee, 'Sanne Smit');
    const revoke = ownerPage.getByRole('button', { name: `Intrekken: ${other}` });
    await revoke.focus();
    await ownerPage.keyboard.press('Enter');

    const dialog = ownerPage.getByRole('alertdialog', { name: 'Uitnodiging intrekken' });
    await dialog.waitFor();
    await dialog.getByText(`Weet u zeker dat u de uitnodiging voor ${other} wilt intrekken?`, { exact: false }).waitFor();
    // The safe choice has the focus; Escape is "no" and gives the focus back.
    await expect.poll(() => ownerPage.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
    await expectAccessible(ownerPage);
    await ownerPage.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => revoke.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await revoke.count()).toBe(1);

    // Again, and this time go ahead: Shift+Tab from "Annuleren" reaches "Intrekken".
    await ownerPage.keyboard.press('Enter');
    await dialog.waitFor();
    await ownerPage.keyboard.press('Shift+Tab');
    await expect.poll(() => ownerPage.evaluate(() => document.activeElement?.textContent)).toBe('Intrekken');
    await ownerPage.keyboard.press('Enter');
    await ownerPage.getByText(`De uitnodiging voor ${other} is ingetrokken.`, { exact: false }).waitFor();
    await ownerPage.getByRole('button', { name: `Intrekken: ${other}` }).waitFor({ state: 'detached' });
  });

  it('shows the invitation in the development outbox in Amsterdam time', async () => {
    const mail = await waitForMail(invitee, /Uitnodiging voor het Nachtregister van Camping De Vlinder/);
    invitationLink = /(https?:\/\/\S+\/uitnodiging\?token=[0-9a-f]{64})/.exec(mail.text)?.[1] ?? '';
    expect(invitationLink).not.toBe('');

    await ownerPage.goto(`${server.baseUrl}/dev/outbox`);
    const message = ownerPage.getByRole('article').filter({ hasText: invitee }).first();
    await message.waitFor();
    const amsterdam = new Date(mail.createdAt).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Amsterdam' });
    const utc = new Date(mail.createdAt).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });
    expect(amsterdam).not.toBe(utc);
    expect(await message.locator('time').textContent()).toBe(amsterdam);
    // The link is the address alone, clickable.
    expect(await message.getByRole('link', { name: invitationLink }).getAttribute('href')).toBe(invitationLink);
    await expectAccessible(ownerPage);
  });

  it('lands the invitee on a page that says who invited them to what', async () => {
    const page = await newPage(PHONE);
    await page.goto(invitationLink);
    await page.getByRole('heading', { level: 1, name: 'Uitnodiging accepteren' }).waitFor();
    await page.getByText(`${owner} heeft u uitgenodigd voor Camping De Vlinder als medewerker.`).waitFor();
    await page.getByRole('button', { name: 'Account aanmaken' }).waitFor();
    expect(await page.getByText('Nieuw wachtwoord').count()).toBe(0);
    await expectAccessible(page);

    // The same maximum on the invitee's side.
    await page.getByLabel(/^Naam( \*)?$/).fill('y'.repeat(101));
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByText('Maximaal 100 tekens.', { exact: true }).waitFor();
  });
});
