// Date of birth and nationality only where the APV asks, in Chromium (decision 0017): Doetinchem's
// officer finds both asked by default under "Instellingen", names the APV article and the owner's
// "Nieuwe registratie" says "Gevraagd op grond van …" under "Geboortedatum"; once the officer
// switches both off, the form asks no date of birth but "Jonger dan 12 jaar" per person (the rate
// exempts children under 12) and only "Nederlandse nationaliteit" or "Andere nationaliteit". A Dutch
// family is registered without dates of birth; a guest of another nationality still signs at the
// desk (Schengen, art. 45); the return counts the child as exempt under the age limit.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dutchToday } from '../src/shared/register/dates.ts';
import { taxRuleInputSchema } from '../src/shared/schemas/tourist-tax.ts';
import { insertRule } from '../src/server/modules/tourist-tax/repository.ts';
import { expectAccessible } from './support/a11y.ts';
import { municipalityId, registerConfirmedOwner } from './support/accounts.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { firstSignInAsOperator } from './support/operator.ts';
import { startServer } from './support/server.ts';
import { submitSignIn } from './support/sign-in.ts';

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let officer: Page;
let owner: Page;

const password = 'de molen draait ook als het niet waait';
const stamp = Date.now();
const ownerEmail = `vakantiehuis.${stamp}@voorbeeld.nl`;
const officerEmail = `gemeente.${stamp}@doetinchem.example`;
const today = dutchToday(new Date());
const year = today.slice(0, 4);
const citation = 'Algemene plaatselijke verordening 2025, artikel 2:38';
let familyStay = '';
let familyStayUrl = '';

const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/asked-${name}.png`, fullPage: true });

/** The text a field is described by (aria-describedby), as a screen reader reads it after the label. */
const descriptionOf = (locator: Locator) =>
  locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' '),
  );

/** The choices of a select, without its empty placeholder. */
const choicesOf = (select: Locator) =>
  select.evaluate((element) =>
    Array.from((element as HTMLSelectElement).options)
      .filter((o) => o.value !== '')
      .map((o) => o.textContent?.trim()),
  );

/** The value beside a label in a data list ("Jonger dan 12 jaar" → "Nee"). */
const valueBeside = (scope: Locator, label: string) =>
  scope
    .locator('.utrecht-data-list__item')
    .filter({ has: scope.page().locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('dd');

const openSettings = async () => {
  await officer.goto(`${server.baseUrl}/app/gemeente`);
  await officer.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
};

const openNewStay = async () => {
  await owner.goto(`${server.baseUrl}/app/register/nieuw`);
  await owner.getByRole('heading', { level: 1, name: 'Nieuwe registratie' }).waitFor();
};

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  // Doetinchem's rate: €1.75 per person per night, children under 12 exempt.
  const rule = taxRuleInputSchema.parse({
    validFrom: '2026-01-01',
    perPersonNightCents: 175,
    exemptUnderAge: 12,
    exemptions: ['under_age'],
    sourceCitation: 'Voorbeeld, geen echte verordening',
  });
  await insertRule(server.deps.db, await municipalityId(server.baseUrl, 'GM0222'), rule, null, new Date());
  browser = await launchBrowser();
  officer = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  owner = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await registerConfirmedOwner(server.baseUrl, mailbox, { email: ownerEmail, password, companyName: `Vakantiehuis De Slinge ${stamp}` });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('date of birth and nationality only where the APV asks', () => {
  it('asks both by default and shows the APV article the municipality names under the fields', async () => {
    await firstSignInAsOperator(officer, server, { email: officerEmail, password, role: 'municipality', municipality: 'GM0222' });
    await openSettings();
    expect(await officer.getByRole('checkbox', { name: 'Geboortedatum vragen' }).isChecked()).toBe(true);
    expect(await officer.getByRole('checkbox', { name: 'Nationaliteit vragen' }).isChecked()).toBe(true);
    await field(officer, 'Artikel van de APV').fill(citation);
    await officer.getByRole('button', { name: 'Opslaan' }).click();
    await officer.getByText('De instellingen zijn opgeslagen.').waitFor();

    await submitSignIn(owner, server.baseUrl, ownerEmail, password);
    await owner.waitForURL(/\/app$/);
    await openNewStay();
    const guest = owner.getByRole('group', { name: 'Hoofdgast' });
    const dateOfBirth = field(guest, 'Geboortedatum');
    await dateOfBirth.waitFor();
    expect(await descriptionOf(dateOfBirth)).toContain(`Gevraagd op grond van ${citation}.`);
    expect(await descriptionOf(field(guest, 'Nationaliteit'))).toContain(`Gevraagd op grond van ${citation}.`);
    expect(await guest.getByRole('checkbox', { name: /^Jonger dan/ }).count()).toBe(0);
    await shot(owner, 'form-asked');
  });

  it('lets the municipality switch both off', async () => {
    await openSettings();
    await officer.getByRole('checkbox', { name: 'Geboortedatum vragen' }).uncheck();
    await officer.getByRole('checkbox', { name: 'Nationaliteit vragen' }).uncheck();
    await officer.getByRole('button', { name: 'Opslaan' }).click();
    await officer.getByText('De instellingen zijn opgeslagen.').waitFor();
    await openSettings();
    expect(await officer.getByRole('checkbox', { name: 'Geboortedatum vragen' }).isChecked()).toBe(false);
    expect(await officer.getByRole('checkbox', { name: 'Nationaliteit vragen' }).isChecked()).toBe(false);
    expect(await field(officer, 'Artikel van de APV').inputValue()).toBe(citation);
    await shot(officer, 'settings');
    await expectAccessible(officer);
  });

  it('registers a Dutch family with "Jonger dan 12 jaar" instead of dates of birth', async () => {
    await openNewStay();
    await field(owner, 'Aankomstdatum').fill(today);
    await field(owner, 'Vertrekdatum').fill(addDays(today, 2));
    await field(owner, 'Aantal personen').fill('2');
    await owner.getByLabel('Toerist').check();
    const guest = owner.getByRole('group', { name: 'Hoofdgast' });
    await field(guest, 'Voorletters').fill('A.');
    await field(guest, 'Achternaam').fill('Hendriksen');
    await field(guest, 'Woonplaats').fill('Zwolle');
    await field(guest, 'Land').selectOption({ label: 'Nederland' });
    // The rate on the arrival day exempts children under 12: the form asks that, and no date.
    await guest.getByRole('checkbox', { name: 'Jonger dan 12 jaar' }).waitFor();
    expect(await owner.getByLabel(/^Geboortedatum/).count()).toBe(0);
    const nationality = field(guest, 'Nationaliteit');
    expect(await choicesOf(nationality)).toEqual(['Nederlandse nationaliteit', 'Andere nationaliteit']);
    expect(await descriptionOf(nationality)).toContain('gasten met een andere nationaliteit tekenen zelf (Schengen, art. 45)');
    await nationality.selectOption({ label: 'Nederlandse nationaliteit' });
    await field(guest, 'Soort identiteitsbewijs').selectOption({ label: 'Identiteitskaart' });

    await owner.getByRole('button', { name: 'Medereiziger toevoegen' }).click();
    const child = owner.getByRole('group', { name: 'Medereiziger 1' });
    await field(child, 'Voorletters').fill('J.');
    await field(child, 'Achternaam').fill('Hendriksen');
    expect(await child.getByLabel(/^Geboortedatum/).count()).toBe(0);
    await child.getByRole('checkbox', { name: 'Jonger dan 12 jaar' }).check();
    // Every person answered: nobody is "zonder leeftijd"; a Dutch guest does not sign.
    expect(await owner.getByText('zonder leeftijd', { exact: false }).count()).toBe(0);
    expect(await owner.getByRole('img', { name: /^Vak voor de handtekening/ }).count()).toBe(0);
    await shot(owner, 'form-not-asked');
    await expectAccessible(owner);

    await owner.getByRole('button', { name: 'Registratie opslaan' }).click();
    const heading = owner.getByRole('heading', { level: 1, name: /^Registratie \d+$/ });
    await heading.waitFor();
    familyStay = /\d+/.exec((await heading.textContent()) ?? '')?.[0] ?? '';
    const guestPart = owner.getByRole('region', { name: 'Hoofdgast' });
    expect(await valueBeside(guestPart, 'Jonger dan 12 jaar').textContent()).toBe('Nee');
    expect(await valueBeside(guestPart, 'Nationaliteit').textContent()).toBe('Nederland');
    expect(await guestPart.getByText(/Geboortedatum/).count()).toBe(0);
    await owner
      .getByRole('table', { name: 'Medereizigers' })
      .getByRole('row')
      .filter({ hasText: 'Hendriksen' })
      .getByRole('cell', { name: 'J.', exact: true })
      .waitFor();
    familyStayUrl = owner.url();
    await shot(owner, 'stay-family');
  });

  it('has a guest of another nationality sign at the desk', async () => {
    await openNewStay();
    await field(owner, 'Aankomstdatum').fill(today);
    await field(owner, 'Vertrekdatum').fill(addDays(today, 1));
    await field(owner, 'Aantal personen').fill('1');
    const guest = owner.getByRole('group', { name: 'Hoofdgast' });
    await field(guest, 'Voorletters').fill('H.');
    await field(guest, 'Achternaam').fill('Müller');
    await field(guest, 'Woonplaats').fill('Hamburg');
    await field(guest, 'Land').selectOption({ label: 'Duitsland' });
    await guest.getByRole('checkbox', { name: 'Jonger dan 12 jaar' }).waitFor();
    await field(guest, 'Nationaliteit').selectOption({ label: 'Andere nationaliteit' });
    await field(guest, 'Soort identiteitsbewijs').selectOption({ label: 'Paspoort' });

    const pad = owner.getByRole('img', { name: 'Vak voor de handtekening van H. Müller' });
    await pad.scrollIntoViewIfNeeded();
    const box = await pad.boundingBox();
    if (!box) throw new Error('no signature box');
    await owner.mouse.move(box.x + 30, box.y + box.height / 2);
    await owner.mouse.down();
    for (let i = 1; i <= 10; i++) await owner.mouse.move(box.x + 30 + i * 25, box.y + box.height / 2 + (i % 2 ? 20 : -20));
    await owner.mouse.up();
    await owner.getByText('Getekend.').waitFor();
    await shot(owner, 'form-other-nationality');

    await owner.getByRole('button', { name: 'Registratie opslaan' }).click();
    await owner.getByRole('heading', { level: 1, name: /^Registratie \d+$/ }).waitFor();
    expect(await valueBeside(owner.getByRole('region', { name: 'Hoofdgast' }), 'Nationaliteit').textContent()).toBe('Andere nationaliteit');
    await owner.getByText('Alle handtekeningen zijn er.').waitFor();
    await owner.getByRole('img', { name: 'Handtekening van H. Müller' }).waitFor();
    await shot(owner, 'stay-other-nationality');
  });

  it('counts the child as exempt under the age limit in the return', async () => {
    await owner.goto(`${server.baseUrl}/app/aangifte/${year}`);
    await owner.getByRole('heading', { level: 1, name: `Aangifte toeristenbelasting ${year}` }).waitFor();
    const main = owner.getByRole('main');
    // The family: 2 persons × 2 nights, the child's 2 exempt; the other guest: 1 × 1.
    await expect.poll(async () => (await valueBeside(main, 'Persoonsnachten').textContent()) ?? '').toBe('5');
    expect(await valueBeside(main, 'Vrijgesteld: onder de leeftijdsgrens').textContent()).toBe('2');
    expect(await valueBeside(main, 'Belaste persoonsnachten').textContent()).toBe('3');
    expect(await owner.getByText(/geen bekende leeftijd/).count()).toBe(0);
    await owner.getByText('Toon per registratie').click();
    const lines = owner.getByRole('table', { name: 'Berekening per registratie' });
    const family = lines.getByRole('row').filter({ has: owner.getByRole('link', { name: familyStay, exact: true }) });
    const cells = (await family.getByRole('cell').allTextContents()).map((text) => text.trim());
    // Nights, persons, exempt, taxable; the amount: 2 × €1.75.
    expect(cells.slice(1, 5)).toEqual(['2', '2', '2', '2']);
    expect(cells.at(-1)).toMatch(/€\s3,50/);
    expect(await family.getByText('zonder leeftijd', { exact: false }).count()).toBe(0);
    await shot(owner, 'return');
    await expectAccessible(owner);
  });

  it('shows the co-traveller\'s "Jonger dan 12 jaar: Ja" on the stay page instead of a date of birth', async () => {
    await owner.goto(familyStayUrl);
    const coTravellers = owner.getByRole('table', { name: 'Medereizigers' });
    await coTravellers.waitFor();
    const columns = (await coTravellers.getByRole('columnheader').allTextContents()).map((text) => text.trim());
    const row = coTravellers.getByRole('row').filter({ hasText: 'Hendriksen' });
    const cells = (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
    expect(columns).not.toContain('Geboortedatum');
    expect(Object.fromEntries(columns.map((column, i) => [column, cells[i]]))).toMatchObject({ 'Jonger dan 12 jaar': 'Ja' });
  });
});
