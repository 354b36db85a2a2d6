// Registering a stay by hand through the real UI in Chromium, with mail from the real SMTP sink:
// the owner adds a room ("Kamers en plaatsen") and invites a staff member, who accepts and signs
// in, registers a guest with a co-traveller under "Nieuwe registratie" (first with a departure
// before the arrival, told next to the field), finds the stay under "Aankomsten vandaag", checks
// the guest in, finds them under "Aanwezig", corrects the stay and reads its history.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dutchToday } from '../src/shared/register/dates.ts';
import { expectAccessible } from './support/a11y.ts';
import { registerConfirmedOwner } from './support/accounts.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { startServer } from './support/server.ts';
import { submitSignIn } from './support/sign-in.ts';

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let ownerPage: Page;
let staffPage: Page;

const password = 'de molen draait ook als het niet waait';
const staffPassword = 'zeven zwanen zwemmen zachtjes naar zee';
const stamp = Date.now();
const owner = `eigenaar.${stamp}@voorbeeld.nl`;
const staff = `sanne.${stamp}@voorbeeld.nl`;
// The register's days are Dutch days, wherever the test runs.
const today = dutchToday(new Date());

/** An input by its label as users read it, with or without the required mark. */
const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

/** The row of the register table whose name cell reads `name`. */
const stayRow = (page: Page, name: string, table = 'Registraties') =>
  page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  browser = await launchBrowser();
  ownerPage = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  staffPage = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await registerConfirmedOwner(server.baseUrl, mailbox, { email: owner, password });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('staff register a stay by hand', () => {
  it('lets the owner add a room under "Kamers en plaatsen"', async () => {
    await submitSignIn(ownerPage, server.baseUrl, owner, password);
    await ownerPage.waitForURL(/\/app$/);
    await mainMenu(ownerPage).getByRole('link', { name: 'Kamers en plaatsen' }).click();
    await ownerPage.getByRole('heading', { level: 1, name: 'Kamers en plaatsen' }).waitFor();
    await ownerPage.getByText('Er zijn nog geen kamers of plaatsen.').waitFor();

    const add = ownerPage.getByRole('form', { name: 'Kamer of plaats toevoegen' });
    await field(add, 'Naam').fill('Kamer 1');
    await field(add, 'Soort').selectOption({ label: 'Kamer' });
    await field(add, 'Capaciteit \\(personen\\)').fill('2');
    expect(await field(add, 'Exclusief').isChecked()).toBe(true);
    await add.getByRole('button', { name: 'Toevoegen' }).click();
    await ownerPage.getByText('Kamer 1 is toegevoegd.').waitFor();
    const row = ownerPage.getByRole('table', { name: 'Kamers en plaatsen' }).getByRole('row').filter({ hasText: 'Kamer 1' });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['Kamer', '2 personen', 'Ja', 'Ja', 'Geen forfait', 'Wijzigen']);

    // The same name again is refused next to the field, with what was typed kept.
    await field(add, 'Naam').fill('Kamer 1');
    await field(add, 'Soort').selectOption({ label: 'Kamer' });
    await field(add, 'Capaciteit \\(personen\\)').fill('3');
    await add.getByRole('button', { name: 'Toevoegen' }).click();
    await add.getByText('Er is al een kamer of plaats met deze naam.').waitFor();
    expect(await field(add, 'Capaciteit \\(personen\\)').inputValue()).toBe('3');
    await expectAccessible(ownerPage);
  });

  it('lets the owner invite a staff member, who accepts and signs in', async () => {
    await mainMenu(ownerPage).getByRole('link', { name: 'Gebruikers' }).click();
    await ownerPage.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await field(ownerPage, 'Emailadres').fill(staff);
    await field(ownerPage, 'Naam').fill('Sanne Smit');
    await field(ownerPage, 'Rol').selectOption({ label: 'Medewerker' });
    await ownerPage.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await ownerPage.getByText(`De uitnodiging is verstuurd naar ${staff}.`, { exact: false }).waitFor();

    const mail = await mailbox.waitFor(staff, /Uitnodiging voor het Nachtregister/);
    const link = /(https?:\/\/\S+\/uitnodiging\?token=[0-9a-f]{64})/.exec(String(mail.text))?.[1] ?? '';
    expect(link).not.toBe('');
    await staffPage.goto(link);
    await staffPage.getByRole('heading', { level: 1, name: 'Uitnodiging accepteren' }).waitFor();
    await field(staffPage, 'Wachtwoord').fill(staffPassword);
    await staffPage.getByRole('button', { name: 'Account aanmaken' }).click();
    await staffPage.getByRole('heading', { level: 1, name: 'Log in met bestaand account' }).waitFor();

    await submitSignIn(staffPage, server.baseUrl, staff, staffPassword);
    await staffPage.waitForURL(/\/app$/);
    // Staff register guests but do not manage the rooms.
    expect(await mainMenu(staffPage).getByRole('link', { name: 'Kamers en plaatsen' }).count()).toBe(0);
    await staffPage.goto(`${server.baseUrl}/app/kamers`);
    await staffPage.getByRole('table', { name: 'Kamers en plaatsen' }).getByRole('rowheader', { name: 'Kamer 1' }).waitFor();
    await staffPage.getByText('Alleen de eigenaar kan kamers en plaatsen toevoegen of wijzigen.').waitFor();
    expect(await staffPage.getByRole('button', { name: /Wijzigen|Toevoegen/ }).count()).toBe(0);
  });

  it('lets the staff member register a guest with a co-traveller, told about a departure before the arrival', async () => {
    await mainMenu(staffPage).getByRole('link', { name: 'Register', exact: true }).click();
    await staffPage.getByRole('heading', { level: 1, name: 'Register' }).waitFor();
    await staffPage.getByText('Er zijn geen registraties in deze weergave.').waitFor();
    await expectAccessible(staffPage);
    await staffPage.getByRole('link', { name: 'Nieuwe registratie' }).click();
    await staffPage.getByRole('heading', { level: 1, name: 'Nieuwe registratie' }).waitFor();

    await field(staffPage, 'Aankomstdatum').fill(today);
    await field(staffPage, 'Vertrekdatum').fill(addDays(today, -1));
    await field(staffPage, 'Kamer of plaats').selectOption({ label: 'Kamer 1 (max. 2 personen)' });
    await field(staffPage, 'Aantal personen').fill('2');
    await staffPage.getByLabel('Toerist').check();
    await field(staffPage, 'Logiesprijs incl. btw').fill('189,50');
    const guest = staffPage.getByRole('group', { name: 'Hoofdgast' });
    await field(guest, 'Voorletters').fill('J.P.');
    await field(guest, 'Achternaam').fill('de Vries');
    await field(guest, 'Woonplaats').fill('Utrecht');
    await field(guest, 'Land').selectOption({ label: 'Nederland' });
    await field(guest, 'Geboortedatum').fill('1985-03-14');
    await field(guest, 'Nationaliteit').selectOption({ label: 'Nederland' });
    await field(guest, 'Soort identiteitsbewijs').selectOption({ label: 'Identiteitskaart' });
    // A Dutch guest: the document number is never asked.
    expect(await field(staffPage, 'Documentnummer').count()).toBe(0);
    await staffPage.getByRole('button', { name: 'Medereiziger toevoegen' }).click();
    const coTraveller = staffPage.getByRole('group', { name: 'Medereiziger 1' });
    await field(coTraveller, 'Voorletters').fill('M.');
    await field(coTraveller, 'Achternaam').fill('de Vries');
    await expectAccessible(staffPage);

    await staffPage.getByRole('button', { name: 'Registratie opslaan' }).click();
    await staffPage.getByText('De vertrekdatum moet na de aankomstdatum liggen.').waitFor();
    expect(await field(staffPage, 'Vertrekdatum').getAttribute('aria-invalid')).toBe('true');
    expect(await field(guest, 'Achternaam').inputValue()).toBe('de Vries');
    expect(await field(coTraveller, 'Voorletters').inputValue()).toBe('M.');
    await expectAccessible(staffPage);

    await field(staffPage, 'Vertrekdatum').fill(addDays(today, 2));
    await staffPage.getByRole('button', { name: 'Registratie opslaan' }).click();
    await staffPage.getByRole('heading', { level: 1, name: 'Registratie 1' }).waitFor();
    await staffPage.getByText('Registratie 1 is opgeslagen.').waitFor();
    await staffPage.getByRole('heading', { level: 2, name: 'Hoofdgast' }).waitFor();
    await staffPage.getByText('J.P.', { exact: true }).waitFor();
    await staffPage.getByText('€ 189,50').waitFor();
    await expectAccessible(staffPage);
  });

  it('shows the stay under "Aankomsten vandaag", checks the guest in and shows them under "Aanwezig"', async () => {
    await mainMenu(staffPage).getByRole('link', { name: 'Register', exact: true }).click();
    await staffPage.getByRole('link', { name: 'Aankomsten vandaag' }).click();
    await staffPage.waitForURL((url) => url.searchParams.get('view') === 'arrivals');
    const row = stayRow(staffPage, 'J.P. de Vries +1');
    await row.waitFor();
    const [unit, , , persons, status] = await row
      .getByRole('cell')
      .allTextContents()
      .then((cells) => cells.slice(1));
    expect([unit, persons, status]).toEqual(['Kamer 1', '2', 'Geregistreerd']);
    expect(await row.getByRole('rowheader').textContent()).toBe('1');
    await expectAccessible(staffPage);

    await row.getByRole('link').click();
    await staffPage.getByRole('heading', { level: 1, name: 'Registratie 1' }).waitFor();
    expect(await staffPage.getByRole('button', { name: 'Bevestigen' }).count()).toBe(0);
    await staffPage.getByRole('button', { name: 'Inchecken' }).click();
    await staffPage.getByText('De gast is ingecheckt.').waitFor();
    await staffPage.getByRole('button', { name: 'Uitchecken' }).waitFor();
    expect(await staffPage.getByRole('button', { name: 'Inchecken' }).count()).toBe(0);

    await mainMenu(staffPage).getByRole('link', { name: 'Register', exact: true }).click();
    await staffPage.getByRole('link', { name: 'Aanwezig' }).click();
    await staffPage.waitForURL((url) => url.searchParams.get('view') === 'present');
    // "Aanwezig" is the emergency list: checked in, the guest is in the house by the check-in.
    await stayRow(staffPage, 'J.P. de Vries +1', 'In huis').getByRole('cell', { name: 'Ingecheckt', exact: true }).waitFor();
  });

  it('corrects the stay with a reason and shows every version in "Geschiedenis"', async () => {
    await stayRow(staffPage, 'J.P. de Vries +1', 'In huis').getByRole('link').click();
    await staffPage.getByRole('heading', { level: 1, name: 'Registratie 1' }).waitFor();
    await staffPage.getByRole('button', { name: 'Corrigeren' }).click();
    const form = staffPage.getByRole('form', { name: 'Registratie 1 corrigeren' });
    await form.waitFor();
    // The form holds the stay as it is.
    expect(await field(form, 'Vertrekdatum').inputValue()).toBe(addDays(today, 2));
    expect(await field(form, 'Logiesprijs incl. btw').inputValue()).toBe('189,50');
    expect(await field(form.getByRole('group', { name: 'Medereiziger 1' }), 'Voorletters').inputValue()).toBe('M.');

    // The reason is required.
    await field(form, 'Vertrekdatum').fill(addDays(today, 3));
    await form.getByRole('button', { name: 'Correctie opslaan' }).click();
    await form.getByText('Geef een reden op.').waitFor();
    expect(await field(form, 'Vertrekdatum').inputValue()).toBe(addDays(today, 3));
    await field(form, 'Reden van de correctie').fill('Gast blijft een nacht langer');
    await form.getByRole('button', { name: 'Correctie opslaan' }).click();
    await staffPage.getByText('De correctie is opgeslagen als versie 3.').waitFor();
    await staffPage.getByText('3 nachten').waitFor();

    const history = staffPage.getByRole('table', { name: 'Geschiedenis van registratie 1' });
    const rows = history.getByRole('row');
    await expect.poll(() => rows.count()).toBe(4);
    const cells = async (version: number) => {
      const row = rows.filter({ has: staffPage.getByRole('rowheader', { name: String(version), exact: true }) });
      const [change, when, by, reason, fields] = await row.getByRole('cell').allTextContents();
      return { change, when, by, reason, fields };
    };
    expect(await cells(1)).toMatchObject({ change: 'Geregistreerd', by: 'Sanne Smit', reason: '—' });
    expect(await cells(2)).toMatchObject({ change: 'Ingecheckt', by: 'Sanne Smit', fields: expect.stringContaining('Ingecheckt') });
    const correction = await cells(3);
    expect(correction).toMatchObject({ change: 'Gecorrigeerd', by: 'Sanne Smit', reason: 'Gast blijft een nacht langer', fields: 'Vertrekdatum' });
    // "Wanneer" in Dutch words and Dutch time.
    expect(correction.when).toMatch(/^\d{1,2} \S+ \d{4}\D+\d{2}:\d{2}$/);
    await expectAccessible(staffPage);
  });
});
