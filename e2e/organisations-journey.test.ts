// An owner's team and accommodations through the real UI in Chromium, with mail from the real
// SMTP sink: the owner invites a staff member, who accepts the invitation in a browser of their
// own and signs in; the owner sees them in "Gebruikers" and deactivates them, which signs them out
// at once. Then the owner adds a second accommodation, which waits for the municipality's
// approval, and switches between the two in the header.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { municipalities } from '../src/server/db/schema.ts';
import { expectAccessible } from './support/a11y.ts';
import { registerConfirmedOwner } from './support/accounts.ts';
import { submitSignIn } from './support/sign-in.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { startServer } from './support/server.ts';

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let ownerPage: Page;
let staffContext: BrowserContext;
let staffPage: Page;

const password = 'de molen draait ook als het niet waait';
const staffPassword = 'zeven zwanen zwemmen zachtjes naar zee';
const stamp = Date.now();
const owner = `eigenaar.${stamp}@voorbeeld.nl`;
const staff = `sanne.${stamp}@voorbeeld.nl`;

const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\*)?$`));

const registerOwner = (email: string) => registerConfirmedOwner(server.baseUrl, mailbox, { email, password });

const signIn = (page: Page, email: string, secret: string) => submitSignIn(page, server.baseUrl, email, secret);

/** The row of the table under the h2 `heading` that belongs to `email`. */
function rowOf(page: Page, heading: string, email: string) {
  return page
    .getByRole('table', { name: heading })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: email, exact: true }) });
}

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  browser = await launchBrowser();
  ownerPage = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  // The invitee opens the link on a computer of their own: nothing shared with the owner's browser.
  staffContext = await browser.newContext({ locale: 'nl-NL' });
  staffPage = await staffContext.newPage();
  await registerOwner(owner);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('an owner invites a staff member who accepts and signs in', () => {
  let invitationLink = '';

  it('lets the owner invite a staff member from "Gebruikers" in the user menu', async () => {
    await signIn(ownerPage, owner, password);
    await ownerPage.waitForURL(/\/app$/);
    await ownerPage.getByRole('button', { name: /Gebruikersmenu/ }).click();
    await ownerPage.locator('#user-menu').getByRole('link', { name: 'Gebruikers' }).click();
    await ownerPage.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await ownerPage.getByText('Er zijn nog geen andere gebruikers.', { exact: false }).waitFor();
    await expectAccessible(ownerPage);

    // A mistake is told next to the field, and what was typed stays.
    await field(ownerPage, 'Emailadres').fill('sanne@');
    await field(ownerPage, 'Naam').fill('Sanne Smit');
    await ownerPage.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await ownerPage.getByText('Vul een geldig emailadres in, bijvoorbeeld naam@voorbeeld.nl.').waitFor();
    expect(await field(ownerPage, 'Emailadres').getAttribute('aria-invalid')).toBe('true');
    expect(await field(ownerPage, 'Naam').inputValue()).toBe('Sanne Smit');
    // The owner's own address already works here: the server says so next to the field. (Whether
    // any other address has an account is never said: that is answered as a new address.)
    await field(ownerPage, 'Emailadres').fill(owner);
    await ownerPage.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await ownerPage.getByText('Dit emailadres heeft al toegang tot deze accommodatie.').waitFor();

    await field(ownerPage, 'Emailadres').fill(staff);
    // An owner invites staff or owners; staff is chosen beforehand.
    const roles = await field(ownerPage, 'Rol').locator('option').allTextContents();
    expect(roles).toEqual(['Kies een rol', 'Medewerker', 'Eigenaar']);
    await field(ownerPage, 'Rol').selectOption({ label: 'Medewerker' });
    await ownerPage.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await ownerPage.getByText(`De uitnodiging is verstuurd naar ${staff}. De link in de email is 7 dagen geldig.`).waitFor();
    expect(await field(ownerPage, 'Emailadres').inputValue()).toBe('');

    const invitation = rowOf(ownerPage, 'Openstaande uitnodigingen', staff);
    await invitation.waitFor();
    expect(await invitation.getByRole('cell').allTextContents()).toEqual(['Medewerker', owner, expect.stringMatching(/\d{4}/), 'Intrekken']);
    await expectAccessible(ownerPage);

    const mail = await mailbox.waitFor(staff, /Uitnodiging voor het Nachtregister van Camping De Vlinder/);
    expect(mail.text).toContain('als medewerker');
    invitationLink = /(https?:\/\/\S+\/uitnodiging\?token=[0-9a-f]{64})/.exec(String(mail.text))?.[1] ?? '';
    expect(invitationLink).not.toBe('');
  });

  it('lets the staff member accept the invitation in their own browser and sign in', async () => {
    await staffPage.goto(invitationLink);
    await staffPage.getByRole('heading', { level: 1, name: 'Uitnodiging accepteren' }).waitFor();
    await staffPage.getByText(`${owner} heeft u uitgenodigd voor Camping De Vlinder als medewerker.`).waitFor();
    await staffPage.getByText(staff, { exact: true }).waitFor();
    // The name the owner gave is suggested.
    expect(await field(staffPage, 'Naam').inputValue()).toBe('Sanne Smit');
    await expectAccessible(staffPage);

    // Too easy to guess: the server's verdict appears next to the password field.
    await field(staffPage, 'Wachtwoord').fill('wachtwoord123');
    await staffPage.getByRole('button', { name: 'Account aanmaken' }).click();
    await staffPage.getByText('Dit wachtwoord is te makkelijk te raden.', { exact: false }).waitFor();
    expect(await field(staffPage, 'Wachtwoord').getAttribute('aria-invalid')).toBe('true');
    expect(await field(staffPage, 'Naam').inputValue()).toBe('Sanne Smit');

    await field(staffPage, 'Wachtwoord').fill(staffPassword);
    await staffPage.getByRole('button', { name: 'Account aanmaken' }).click();
    await staffPage.getByRole('heading', { level: 1, name: 'Log in met bestaand account' }).waitFor();
    await staffPage.getByText('Uw account is aangemaakt. Log in met uw emailadres', { exact: false }).waitFor();

    await signIn(staffPage, staff, staffPassword);
    await staffPage.waitForURL(/\/app$/);
    await staffPage.getByRole('heading', { level: 1, name: 'Welkom, Sanne Smit' }).waitFor();
    await staffPage.getByRole('heading', { name: 'Uw accommodatie' }).waitFor();

    // The link works once.
    const again = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await again.goto(invitationLink);
    await again.getByText('Deze uitnodiging is al gebruikt.', { exact: false }).waitFor();
    expect(await again.getByRole('link', { name: 'Naar inloggen' }).count()).toBe(1);
  });

  it('shows the owner the staff member with role, status and last sign-in', async () => {
    await ownerPage.reload();
    const row = rowOf(ownerPage, 'Huidige gebruikers', staff);
    await row.waitFor();
    const [name, role, status, twoFactor, lastLogin] = await row.getByRole('cell').allTextContents();
    expect([name, role, status, twoFactor]).toEqual(['Sanne Smit', 'Medewerker', 'Actief', 'uit']);
    expect(lastLogin).not.toBe('Nog nooit');
    expect(lastLogin).toMatch(/\d{4}/);
    await ownerPage.getByText('Er zijn geen openstaande uitnodigingen.').waitFor();
    await expectAccessible(ownerPage);

    // "Zoeken" keeps the search in the address; "Wissen" shows everyone again.
    await field(ownerPage, 'Zoeken').fill('niemand');
    await ownerPage.getByRole('button', { name: 'Filteren' }).click();
    await ownerPage.getByText('Er zijn geen gebruikers gevonden die bij uw zoekopdracht passen.').waitFor();
    expect(new URL(ownerPage.url()).searchParams.get('q')).toBe('niemand');
    await field(ownerPage, 'Zoeken').fill('SANNE');
    await ownerPage.getByRole('button', { name: 'Filteren' }).click();
    await ownerPage.getByText('1–1 van 1').waitFor();
    await row.waitFor();
    await expectAccessible(ownerPage);
    await ownerPage.getByRole('button', { name: 'Wissen' }).click();
    await ownerPage.waitForURL((url) => !url.searchParams.has('q'));
    await row.waitFor();
  });

  it('lets the owner deactivate the staff member, whose next page load is the sign-in page', async () => {
    await ownerPage.getByRole('button', { name: `Deactiveren: ${staff}` }).click();
    const confirmation = ownerPage.getByRole('alertdialog', { name: 'Deactiveren' });
    await confirmation.getByText(`${staff} wilt deactiveren`, { exact: false }).waitFor();
    await confirmation.getByRole('button', { name: 'Deactiveren' }).click();
    await ownerPage.getByText(`${staff} is gedeactiveerd en overal uitgelogd.`).waitFor();
    const row = rowOf(ownerPage, 'Huidige gebruikers', staff);
    await row.getByRole('cell', { name: 'Gedeactiveerd', exact: true }).waitFor();
    expect(await ownerPage.getByRole('button', { name: `Activeren: ${staff}` }).count()).toBe(1);

    await staffPage.reload();
    await staffPage.getByRole('heading', { level: 1, name: 'Log in met bestaand account' }).waitFor();
    await signIn(staffPage, staff, staffPassword);
    await staffPage.getByText('Uw account is niet actief.', { exact: false }).waitFor();
    expect(staffPage.url()).toMatch(/\/inloggen$/);
  });
});

describe('an owner with two accommodations', () => {
  it('adds an accommodation that waits for approval and switches between the two in the header', async () => {
    // Montferland approves new registrations first and tells entrepreneurs how to reach it.
    await server.deps.db
      .update(municipalities)
      .set({ approvalRequired: true, contactEmail: 'vergunningen@montferland.example' })
      .where(eq(municipalities.cbsCode, 'GM1955'));

    await ownerPage.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Accommodatie', exact: true }).click();
    await ownerPage.getByRole('heading', { level: 1, name: 'Accommodatie' }).waitFor();
    // One accommodation: nothing to switch between yet.
    expect(await ownerPage.getByLabel('Huidige accommodatie').count()).toBe(0);
    await ownerPage.getByRole('link', { name: 'Accommodatie toevoegen' }).click();
    await ownerPage.getByRole('heading', { level: 1, name: 'Accommodatie toevoegen' }).waitFor();
    await expectAccessible(ownerPage);

    await field(ownerPage, 'Naam onderneming').fill('Hotel De Bergh');
    await field(ownerPage, 'Adres').fill('Hoofdstraat 12');
    await field(ownerPage, 'Postcode').fill('7041 AC');
    await field(ownerPage, 'Woonplaats').fill("'s-Heerenberg");
    await field(ownerPage, 'Aantal slaapplekken').fill('40');
    await field(ownerPage, 'Accommodatie').selectOption({ label: 'Hotel' });
    await ownerPage.getByRole('button', { name: 'Accommodatie toevoegen' }).click();
    // The municipality is required; what was typed stays.
    await ownerPage.getByText('Kies de gemeente waarin uw accommodatie ligt.').waitFor();
    expect(await field(ownerPage, 'Naam onderneming').inputValue()).toBe('Hotel De Bergh');
    await field(ownerPage, 'Gemeente').selectOption({ label: 'Montferland' });
    await ownerPage.getByRole('button', { name: 'Accommodatie toevoegen' }).click();

    await ownerPage.getByRole('heading', { level: 2, name: 'Accommodatie toegevoegd' }).waitFor();
    await ownerPage.getByText('Hotel De Bergh is toegevoegd aan uw accommodaties. U werkt nog in Camping De Vlinder.').waitFor();
    await ownerPage.getByText('De gemeente Montferland moet de aanmelding van Hotel De Bergh nog goedkeuren.', { exact: false }).waitFor();
    // The header now offers both accommodations.
    const switcher = ownerPage.getByLabel('Huidige accommodatie');
    await switcher.waitFor();
    expect(await switcher.locator('option').allTextContents()).toEqual([
      'Camping De Vlinder, Doetinchem',
      "Hotel De Bergh, 's-Heerenberg (wacht op goedkeuring)",
    ]);

    await ownerPage.getByRole('button', { name: 'Wisselen naar Hotel De Bergh' }).click();
    await ownerPage.waitForURL(/\/app\/accommodatie$/);
    await ownerPage.getByRole('heading', { name: 'Uw aanmelding wacht op goedkeuring' }).waitFor();
    await ownerPage
      .getByText('Uw aanmelding wacht op goedkeuring door de gemeente Montferland. U krijgt een email zodra de gemeente heeft besloten.', { exact: false })
      .waitFor();
    await ownerPage.getByText('Hoofdstraat 12').waitFor();
    await expectAccessible(ownerPage);
    await ownerPage.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
    await ownerPage.getByRole('heading', { name: 'Uw aanmelding wacht op goedkeuring' }).waitFor();

    // The new accommodation has no other users; the staff member belongs to the first one.
    await ownerPage.getByRole('button', { name: /Gebruikersmenu/ }).click();
    await ownerPage.locator('#user-menu').getByRole('link', { name: 'Gebruikers' }).click();
    await ownerPage.getByText('Er zijn nog geen andere gebruikers.', { exact: false }).waitFor();

    // Back to the first accommodation with the header's switcher: the page shows its users again.
    await switcher.selectOption({ label: 'Camping De Vlinder, Doetinchem' });
    await ownerPage.getByRole('button', { name: 'Wisselen', exact: true }).click();
    await rowOf(ownerPage, 'Huidige gebruikers', staff).waitFor();
    await ownerPage.getByRole('status').filter({ hasText: 'U werkt nu in Camping De Vlinder.' }).waitFor({ state: 'attached' });
    expect(await ownerPage.locator('.nr-header__context').textContent()).toBe('Camping De Vlinder');
    await ownerPage.goto(`${server.baseUrl}/app`);
    await ownerPage.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    expect(await ownerPage.getByRole('heading', { name: 'Uw aanmelding wacht op goedkeuring' }).count()).toBe(0);
  });
});
