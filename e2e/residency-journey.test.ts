// Residency by postcode and house number through the real UI in Chromium (decision 0016): the owner
// of a campsite in Doetinchem registers a Dutch family of three under "Nieuwe registratie". Under
// "Land: Nederland" the form asks the postcode and house number and says, as the typing settles,
// what the (example) postcode table makes of them: "7001 ab" "12 A" lies in Doetinchem, so the main
// guest is a resident; one of the two co-travellers lives at the same address. The stay's page says
// "Ja (volgens postcode 7001 AB 12)" and "2 van 3". A correction with the owner's "Nee" overrides the
// table ("Nee (door de ondernemer opgegeven)", "Geen van de 3"). An Amsterdam address is said to lie in
// Amsterdam, not in Doetinchem; a bad postcode gets its Dutch error beside the field. The form with
// the answer shown passes axe and has no sideways scroll on a 360 px phone.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dutchToday } from '../src/shared/register/dates.ts';
import { expectAccessible } from './support/a11y.ts';
import { registerConfirmedOwner } from './support/accounts.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { startServer } from './support/server.ts';
import { submitSignIn } from './support/sign-in.ts';
import { measure } from './support/layout.ts';

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;

const password = 'de molen draait ook als het niet waait';
const stamp = Date.now();
const owner = `inwoners.${stamp}@voorbeeld.nl`;
const today = dutchToday(new Date());
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 780 };

const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
const mainMenu = (p: Page) => p.getByRole('navigation', { name: 'Hoofdmenu' });
const mainGuest = (p: Page) => p.getByRole('group', { name: 'Hoofdgast' });
/** The live line under the house number with the postcode table's answer. */
const lookup = (p: Page) => p.getByRole('status').filter({ hasText: 'postcodetabel' });
const residentChoice = (p: Page) => p.getByRole('group', { name: 'Ingeschreven in de gemeente Doetinchem?' });
/** The value beside a label in the stay page's section "Inwoner van de gemeente". */
const residencyValue = (p: Page, label: string) =>
  p
    .getByRole('region', { name: 'Inwoner van de gemeente' })
    .locator('.utrecht-data-list__item')
    .filter({ has: p.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('dd');
const textOf = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

async function openNewStay(p: Page) {
  await p.goto(`${server.baseUrl}/app/register/nieuw`);
  await p.getByRole('heading', { level: 1, name: 'Nieuwe registratie' }).waitFor();
}

/** The stay and a Dutch main guest, up to the country; the address is the test's own. */
async function fillStay(p: Page, persons: number, guest: { initials: string; surname: string; residence: string }) {
  await field(p, 'Aankomstdatum').fill(today);
  await field(p, 'Vertrekdatum').fill(addDays(today, 2));
  await field(p, 'Aantal personen').fill(String(persons));
  await p.getByLabel('Toerist').check();
  const main = mainGuest(p);
  await field(main, 'Voorletters').fill(guest.initials);
  await field(main, 'Achternaam').fill(guest.surname);
  await field(main, 'Woonplaats').fill(guest.residence);
  await field(main, 'Land').selectOption({ label: 'Nederland' });
  await field(main, 'Geboortedatum').fill('1979-03-14');
  await field(main, 'Nationaliteit').selectOption({ label: 'Nederland' });
  await field(main, 'Soort identiteitsbewijs').selectOption({ label: 'Identiteitskaart' });
}

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'nl-NL', viewport: DESKTOP })).newPage();
  // A campsite in Doetinchem (GM0222), whose postcode areas 7001–7009 are in the example table.
  await registerConfirmedOwner(server.baseUrl, mailbox, { email: owner, password, companyName: `Camping De Slingeborg ${stamp}`, cbsCode: 'GM0222' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('residents of the municipality by postcode and house number', () => {
  let stayUrl = '';

  it('says under a Dutch address that it lies in Doetinchem, asks "same address" per co-traveller and saves', async () => {
    await submitSignIn(page, server.baseUrl, owner, password);
    await page.waitForURL(/\/app$/);
    await mainMenu(page).getByRole('link', { name: 'Register', exact: true }).click();
    await page.getByRole('link', { name: 'Nieuwe registratie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe registratie' }).waitFor();

    const main = mainGuest(page);
    // No Dutch address asked before the country is the Netherlands.
    await field(main, 'Land').waitFor();
    expect(await field(main, 'Postcode').count()).toBe(0);
    await fillStay(page, 3, { initials: 'J.H.', surname: 'Ter Horst', residence: 'Doetinchem' });
    await field(main, 'Postcode').fill('7001 ab');
    await field(main, 'Huisnummer').fill('12 A');

    await lookup(page)
      .getByText('Volgens de postcodetabel ligt dit adres in de gemeente Doetinchem: de gast is inwoner en betaalt geen toeristenbelasting.')
      .waitFor();
    await lookup(page).getByText('Let op: de postcodetabel is een voorbeeldtabel, nog niet het bestand van het CBS.').waitFor();
    const choice = residentChoice(page);
    await choice.getByLabel('Zoals de postcode zegt').waitFor();
    await choice.getByLabel('Ja, ingeschreven op een adres in Doetinchem').waitFor();
    await choice.getByLabel('Nee', { exact: true }).waitFor();
    expect(await choice.getByLabel('Zoals de postcode zegt').isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Medereiziger toevoegen' }).click();
    const partner = page.getByRole('group', { name: 'Medereiziger 1' });
    await field(partner, 'Voorletters').fill('M.');
    await field(partner, 'Achternaam').fill('Ter Horst-Wolters');
    await page.getByRole('button', { name: 'Medereiziger toevoegen' }).click();
    const friend = page.getByRole('group', { name: 'Medereiziger 2' });
    await field(friend, 'Voorletters').fill('B.');
    await field(friend, 'Achternaam').fill('Lammers');
    const sameAddress = 'Woont op hetzelfde adres als de hoofdgast';
    await partner.getByLabel(sameAddress).check();
    expect(await friend.getByLabel(sameAddress).isChecked()).toBe(false);
    expect(await field(page, 'Aantal personen').inputValue()).toBe('3');

    await lookup(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/residency-form-doetinchem.png', fullPage: true });
    await main.screenshot({ path: '/tmp/residency-guest-doetinchem.png' });
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Registratie opslaan' }).click();
    await page.getByText(/Registratie \d+ is opgeslagen\./).waitFor();
    await page.getByRole('heading', { level: 1, name: /Registratie \d+/ }).waitFor();
    stayUrl = page.url();
  });

  it('shows on the stay page that the main guest and one co-traveller live in the municipality: 2 of 3', async () => {
    await page.getByRole('heading', { level: 2, name: 'Inwoner van de gemeente' }).waitFor();
    expect(await textOf(residencyValue(page, 'Hoofdgast'))).toBe('Ja (volgens postcode 7001 AB 12)');
    expect(await textOf(residencyValue(page, 'Personen die in de gemeente wonen'))).toBe('2 van 3: vrijgesteld van toeristenbelasting');
    // The address as kept: the addition "A" is dropped (decision 0016).
    const guest = page.getByRole('region', { name: 'Hoofdgast' });
    await guest.getByText('7001 AB 12', { exact: true }).waitFor();
    const coTravellers = page.getByRole('table', { name: 'Medereizigers' });
    const row = (surname: string) => coTravellers.getByRole('row').filter({ has: page.getByRole('cell', { name: surname, exact: true }) });
    expect(await textOf(row('Ter Horst-Wolters').getByRole('cell').last())).toBe('Ja');
    expect(await textOf(row('Lammers').getByRole('cell').last())).toBe('Nee');
    await page.screenshot({ path: '/tmp/residency-stay-2-of-3.png', fullPage: true });
    await page.getByRole('region', { name: 'Inwoner van de gemeente' }).screenshot({ path: '/tmp/residency-section-2-of-3.png' });
  });

  it('takes the owner\'s "Nee" in a correction over the postcode table: 0 of 3', async () => {
    await page.getByRole('button', { name: 'Corrigeren' }).click();
    await page.getByRole('heading', { name: /Registratie \d+ corrigeren/ }).waitFor();
    // The form comes back with the address and the answer it gives.
    expect(await field(mainGuest(page), 'Postcode').inputValue()).toBe('7001 AB');
    await lookup(page)
      .getByText(/ligt dit adres in de gemeente Doetinchem: de gast is inwoner/)
      .waitFor();
    expect(await page.getByRole('group', { name: 'Medereiziger 1' }).getByLabel('Woont op hetzelfde adres als de hoofdgast').isChecked()).toBe(true);

    await residentChoice(page).getByLabel('Nee', { exact: true }).check();
    await field(page, 'Reden van de correctie').fill('Gast staat sinds kort ingeschreven in Zutphen, adres in Doetinchem is een tweede woning.');
    await page.screenshot({ path: '/tmp/residency-correct-no.png', fullPage: true });
    await page.getByRole('button', { name: 'Correctie opslaan' }).click();
    await page.getByText('De correctie is opgeslagen als versie 2.').waitFor();

    await page.getByRole('heading', { level: 2, name: 'Inwoner van de gemeente' }).waitFor();
    await expect.poll(() => textOf(residencyValue(page, 'Hoofdgast'))).toBe('Nee (door de ondernemer opgegeven)');
    expect(await textOf(residencyValue(page, 'Personen die in de gemeente wonen'))).toBe('Geen van de 3: iedereen betaalt toeristenbelasting');
    await page.screenshot({ path: '/tmp/residency-stay-0-of-3.png', fullPage: true });
    await page.getByRole('region', { name: 'Inwoner van de gemeente' }).screenshot({ path: '/tmp/residency-section-0-of-3.png' });

    // The answer is the stored one, not only the page's: it holds after a reload.
    await page.goto(stayUrl);
    await page.getByRole('heading', { level: 2, name: 'Inwoner van de gemeente' }).waitFor();
    expect(await textOf(residencyValue(page, 'Hoofdgast'))).toBe('Nee (door de ondernemer opgegeven)');
    expect(await textOf(residencyValue(page, 'Personen die in de gemeente wonen'))).toBe('Geen van de 3: iedereen betaalt toeristenbelasting');
  });

  it('says of an Amsterdam address that it lies in Amsterdam, not in Doetinchem, also on a 360 px phone', async () => {
    await openNewStay(page);
    await fillStay(page, 1, { initials: 'P.', surname: 'De Wit', residence: 'Amsterdam' });
    const main = mainGuest(page);
    await field(main, 'Postcode').fill('1011 AB');
    await field(main, 'Huisnummer').fill('5');
    await lookup(page)
      .getByText('Volgens de postcodetabel ligt dit adres in de gemeente Amsterdam, niet in Doetinchem: de gast betaalt toeristenbelasting.')
      .waitFor();
    await lookup(page).getByText('Let op: de postcodetabel is een voorbeeldtabel', { exact: false }).waitFor();
    expect(
      await lookup(page)
        .getByText(/is inwoner/)
        .count(),
    ).toBe(0);
    await expectAccessible(page);

    await page.setViewportSize(PHONE);
    await lookup(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/residency-form-amsterdam-360.png', fullPage: true });
    await main.screenshot({ path: '/tmp/residency-guest-amsterdam-360.png' });
    const seen = await measure(page);
    expect(seen.wide).toEqual([]);
    expect(seen.scrollWidth).toBeLessThanOrEqual(seen.clientWidth);
    await page.setViewportSize(DESKTOP);

    await page.getByRole('button', { name: 'Registratie opslaan' }).click();
    await page.getByText(/Registratie \d+ is opgeslagen\./).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Inwoner van de gemeente' }).waitFor();
    expect(await textOf(residencyValue(page, 'Hoofdgast'))).toBe('Nee (volgens postcode 1011 AB 5)');
    expect(await textOf(residencyValue(page, 'Personen die in de gemeente wonen'))).toBe('Geen van de 1: iedereen betaalt toeristenbelasting');
  });

  it('puts the Dutch error beside a postcode that is none, and asks the table nothing', async () => {
    await openNewStay(page);
    await fillStay(page, 1, { initials: 'R.', surname: 'Hendriks', residence: 'Doetinchem' });
    const main = mainGuest(page);
    const postcode = field(main, 'Postcode');
    await postcode.fill('70001 A');
    await field(main, 'Huisnummer').fill('12');
    await page.getByRole('button', { name: 'Registratie opslaan' }).click();

    const error = 'Vul een geldige postcode in, bijvoorbeeld 1234 AB.';
    await main.getByText(error, { exact: true }).waitFor();
    // Beside the field: in the postcode's own form field, and announced with it.
    const own = main.locator('.nr-form-field').filter({ has: page.locator('#field-guest\\.postcode') });
    await own.getByText(error, { exact: true }).waitFor();
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await postcode.getAttribute('aria-describedby')) ?? '';
    const errorId = await own.getByText(error, { exact: true }).getAttribute('id');
    expect(describedBy.split(' ')).toContain(errorId);
    expect(await lookup(page).count()).toBe(0);
    // Nothing was saved: still the new stay's form.
    await page.getByRole('heading', { level: 1, name: 'Nieuwe registratie' }).waitFor();
    await postcode.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/residency-postcode-error.png', fullPage: true });
    await main.screenshot({ path: '/tmp/residency-guest-postcode-error.png' });

    // Put right, the error goes and the table answers.
    await postcode.fill('7002 CD');
    await lookup(page)
      .getByText(/ligt dit adres in de gemeente Doetinchem: de gast is inwoner/)
      .waitFor();
    expect(await main.getByText(error, { exact: true }).count()).toBe(0);
  });
});
