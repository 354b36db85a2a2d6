// "Mijn account" through the real UI in Chromium: one user signed in in two browsers; in the first
// the page is opened through the user menu, the name changed, a wrong current password refused
// next to its field, and the other browser's session signed out under "Actieve sessies"; the
// second browser is then back at the sign-in page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/a11y.ts';
import { registerConfirmedOwner } from './support/accounts.ts';
import { submitSignIn } from './support/sign-in.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { startServer } from './support/server.ts';

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let first: Page;
let second: Page;

const email = `marieke.${Date.now()}@voorbeeld.nl`;
const password = 'de molen draait ook als het niet waait';

const registerOwner = () => registerConfirmedOwner(server.baseUrl, mailbox, { email, password, companyName: 'Pension De Linde' });

async function signIn(page: Page): Promise<void> {
  await submitSignIn(page, server.baseUrl, email, password);
  await page.waitForURL(/\/app/);
}

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  browser = await launchBrowser();
  first = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  second = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await registerOwner();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('my account journey', () => {
  it('opens "Mijn account" through the user menu and shows both sessions', async () => {
    await signIn(second);
    await signIn(first);
    await first.getByRole('button', { name: /Gebruikersmenu/ }).click();
    await first.getByRole('link', { name: 'Mijn account' }).click();
    await first.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    for (const heading of ['Naam', 'Emailadres', 'Wachtwoord wijzigen', 'Actieve sessies']) {
      await first.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    await first.getByText(`Uw emailadres is ${email}.`).waitFor();

    const sessions = first.getByRole('region', { name: 'Actieve sessies' });
    const rows = sessions.getByRole('row');
    // The header row and the two sessions.
    await expect.poll(() => rows.count()).toBe(3);
    expect(await sessions.getByRole('columnheader').allTextContents()).toEqual(expect.arrayContaining(['Apparaat / browser', 'IP-adres', 'Laatst actief']));
    expect(await sessions.getByText('Deze sessie').count()).toBe(1);
    expect(await sessions.getByRole('button', { name: /^Uitloggen: Chrome op Linux/ }).count()).toBe(1);
    expect(await sessions.getByRole('button', { name: 'Overal anders uitloggen' }).count()).toBe(1);
    await expectAccessible(first);
  });

  it('changes the name, shown in the user menu', async () => {
    const section = first.getByRole('region', { name: 'Naam' });
    await section.getByLabel('Naam').fill('Marieke Jansen');
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await section.getByText('Uw naam is opgeslagen.').waitFor();
    await first
      .getByRole('button', { name: /Gebruikersmenu/ })
      .getByText('Marieke Jansen')
      .waitFor();
  });

  it('refuses a wrong current password next to its field, keeping what was typed', async () => {
    const section = first.getByRole('region', { name: 'Emailadres' });
    const newEmail = `nieuw.${Date.now()}@voorbeeld.nl`;
    await section.getByLabel('Nieuw emailadres').fill(newEmail);
    await section.getByLabel('Huidig wachtwoord').fill('niet het goede wachtwoord');
    await section.getByRole('button', { name: 'Wijzigen' }).click();
    await section.getByText('Het huidige wachtwoord is onjuist.').waitFor();
    expect(await section.getByLabel('Nieuw emailadres').inputValue()).toBe(newEmail);
    await expectAccessible(first);
  });

  it('signs the other browser out with "Uitloggen"; that browser is back at the sign-in page', async () => {
    const sessions = first.getByRole('region', { name: 'Actieve sessies' });
    await sessions.getByRole('button', { name: /^Uitloggen: / }).click();
    await sessions.getByText(/De sessie op .* is uitgelogd\./).waitFor();
    await expect.poll(() => sessions.getByRole('row').count()).toBe(2);
    expect(await sessions.getByRole('button', { name: /^Uitloggen: / }).count()).toBe(0);

    await second.goto(`${server.baseUrl}/app`);
    await second.getByRole('heading', { level: 1, name: 'Log in met bestaand account' }).waitFor();

    // The browser that did it is still signed in.
    await first.reload();
    await first.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
  });
});
