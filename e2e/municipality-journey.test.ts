// The municipality portal through the real UI in Chromium: a municipality user (made by the
// operator) chooses a password through the one-time link, sets up 2FA (QR code read by zbarimg,
// codes from oathtool), makes 2FA mandatory for entrepreneurs on "Instellingen", and an
// entrepreneur is taken through the set-up at the next sign-in. With approval required, a new
// registration waits under "Accommodaties" until the municipality approves it, and the owner
// receives the approval mail from the SMTP server the test runs.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOperatorAccount } from '../src/server/modules/organisations/users/create-operator-account.ts';
import { contrastOf, expectAccessible } from './support/a11y.ts';
import { registerConfirmedOwner } from './support/accounts.ts';
import { signOutThroughMenu, submitSignIn } from './support/sign-in.ts';
import { oathtool, readQrCode } from './support/authenticator.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { startServer } from './support/server.ts';

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;

const password = 'de molen draait ook als het niet waait';
const run = Date.now();
const officer = `gemeente.${run}@doetinchem.example`;
const entrepreneur = `ondernemer.${run}@voorbeeld.nl`;
const newcomer = `nieuwkomer.${run}@voorbeeld.nl`;
const newcomerCompany = `Hotel De Zwaluw ${run}`;
let officerSecret = '';

/** A 2×2 PNG, as a municipality's logo. */
const LOGO_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR42mP4f50BiBggFAA3cgdZWL10JgAAAABJRU5ErkJggg==', 'base64');

const registerOwner = (email: string, companyName: string) => registerConfirmedOwner(server.baseUrl, mailbox, { email, password, companyName });

const signInWithPassword = (email: string) => submitSignIn(page, server.baseUrl, email, password);

const signOut = () => signOutThroughMenu(page);

/** Goes through the mandatory set-up shown right after the password; returns the app's secret. */
async function forcedSetUp(): Promise<string> {
  await page.getByText('Tweefactorauthenticatie is verplicht voor uw account.', { exact: false }).waitFor();
  await page.waitForURL(/\/app\/tweefactor\/instellen$/);
  // Nothing of the application is reachable before the set-up.
  expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
  const uri = new URL(await readQrCode(page.getByRole('img', { name: 'QR-code' })));
  const secret = uri.searchParams.get('secret') ?? '';
  expect(secret).not.toBe('');
  await page.getByLabel('Beveiligingscode').fill(oathtool(secret));
  await page.getByRole('button', { name: 'Volgende' }).click();
  // Seed 000 step 5, optional: no phone number for SMS here.
  await page.getByRole('button', { name: 'Overslaan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Uw backupcode opslaan' }).waitFor();
  await page.getByLabel('Ik heb de code gekopieerd en veilig opgeslagen.').check();
  await page.getByRole('button', { name: 'Gereed' }).click();
  await page.waitForURL(/\/app$/);
  return secret;
}

function mainMenu() {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

async function openSettings(): Promise<void> {
  await mainMenu().getByRole('link', { name: 'Instellingen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
  await page.getByLabel('Naam gemeente').waitFor();
}

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('the municipality portal', () => {
  it('a municipality user turns on mandatory 2FA and an entrepreneur of that municipality is forced through the set-up at the next sign-in', async () => {
    await registerOwner(entrepreneur, `Camping De Vlinder ${run}`);

    // The operator's one-time link leads to choosing a password.
    const link = await createOperatorAccount(server.deps.db, server.baseUrl, { email: officer, role: 'municipality', municipality: 'GM0222' });
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Code ontvangen' }).waitFor();
    await page.getByLabel('Nieuw wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Uw wachtwoord is gewijzigd. U kunt nu inloggen met uw nieuwe wachtwoord.').waitFor();

    // Municipality users always set up 2FA at their first sign-in.
    await signInWithPassword(officer);
    officerSecret = await forcedSetUp();
    await page.getByRole('heading', { level: 2, name: 'Aanmeldingen' }).waitFor();
    for (const item of ['Accommodaties', 'Gebruikers', 'Instellingen']) {
      expect(await mainMenu().getByRole('link', { name: item, exact: true }).count()).toBe(1);
    }

    await openSettings();
    await expectAccessible(page);
    const mandatory = page.getByLabel('2FA verplicht voor ondernemers');
    expect(await mandatory.isChecked()).toBe(false);
    await mandatory.check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor();
    // Saved on the server, not only ticked on the page.
    await page.reload();
    await page.getByLabel('Naam gemeente').waitFor();
    expect(await page.getByLabel('2FA verplicht voor ondernemers').isChecked()).toBe(true);
    await signOut();

    // The entrepreneur, who never used 2FA, is taken to the set-up right after the password.
    await signInWithPassword(entrepreneur);
    await forcedSetUp();
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await signOut();
  });

  it("shows the municipality's colour and logo in the header, with readable buttons", async () => {
    await signInWithPassword(officer);
    await page.getByRole('heading', { level: 1, name: 'Tweefactorcode' }).waitFor();
    // The set-up used this 30-second step's code; the app's next code is accepted too.
    await page.getByLabel('Beveiligingscode').fill(oathtool(officerSecret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Inloggen →' }).click();
    await page.waitForURL(/\/app$/);

    await openSettings();
    await page.getByLabel('Hoofdkleur', { exact: true }).fill('geel');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Geef een kleur op als #rrggbb, bijvoorbeeld #01689b.').waitFor();
    // A light colour: buttons in it get dark text, links a darker shade.
    await page.getByLabel('Hoofdkleur', { exact: true }).fill('#FFD700');
    await page.getByLabel('Logo').setInputFiles({ name: 'doetinchem.png', mimeType: 'image/png', buffer: LOGO_PNG });
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor();
    await page.getByRole('banner').getByRole('img', { name: 'Logo gemeente Doetinchem' }).waitFor();
    expect(await page.getByLabel('Hoofdkleur', { exact: true }).inputValue()).toBe('#ffd700');
    expect(await contrastOf(page, 'main button.utrecht-button--primary-action')).toBeGreaterThanOrEqual(4.5);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Logo verwijderen' }).click();
    await page.getByText('Het logo is verwijderd.').waitFor();
    expect(await page.getByRole('banner').getByRole('img', { name: 'Logo gemeente Doetinchem' }).count()).toBe(0);
  });

  it('with approval required, a new registration waits in Accommodaties until the municipality approves it and the owner receives the mail', async () => {
    const approval = page.getByLabel('Aanmelding van nieuwe accommodaties goedkeuren');
    expect(await approval.isChecked()).toBe(false);
    await approval.check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor();

    await registerOwner(newcomer, newcomerCompany);

    await mainMenu().getByRole('link', { name: 'Accommodaties' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accommodaties' }).waitFor();
    await page.getByText(/^\d+ aanmelding(en)? wacht(en)? op goedkeuring\.$/).waitFor();
    await page.getByLabel('Zoeken', { exact: true }).fill('zwaluw');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Wacht op goedkeuring' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/q=zwaluw/);
    expect(new URL(page.url()).searchParams.get('status')).toBe('pending');
    await page.getByText('1–1 van 1').waitFor();
    const row = page.getByRole('row', { name: new RegExp(newcomerCompany) });
    expect(await row.getByRole('cell', { name: 'Wacht op goedkeuring' }).count()).toBe(1);
    await expectAccessible(page);

    // The filters live in the address: the same list after a reload.
    await page.reload();
    await page.getByText('1–1 van 1').waitFor();
    expect(await page.getByLabel('Zoeken', { exact: true }).inputValue()).toBe('zwaluw');

    await page.getByRole('link', { name: newcomerCompany }).click();
    await page.getByRole('heading', { level: 1, name: newcomerCompany }).waitFor();
    // Rejecting needs a reason, told next to the field.
    await page.getByRole('button', { name: 'Afwijzen' }).click();
    await page.getByText('Geef een reden op.').waitFor();
    expect(await page.getByLabel('Reden van afwijzing').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Goedkeuren' }).click();
    await page.getByText('De aanmelding is goedgekeurd.', { exact: false }).waitFor();
    await page.getByText('Goedgekeurd', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Goedkeuren' }).count()).toBe(0);

    const mail = await mailbox.waitFor(newcomer, /is goedgekeurd/);
    expect(mail.subject).toBe(`Uw aanmelding van ${newcomerCompany} is goedgekeurd`);
    expect(mail.text).toContain('U kunt nu gasten registreren.');
  });
});
