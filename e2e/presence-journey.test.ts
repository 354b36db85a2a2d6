// "Aanwezigen nu" at 02:10 in Chromium, the night the fire brigade needs the list: the server's
// clock stands at 7 December 2026, 02:10 in Amsterdam. An owner's B&B has a party of three asleep
// (5–7 December, leaving today), a couple staying until the 9th and two parties arriving today;
// nobody pressed "Inchecken". The owner's Register → "Aanwezig" counts the five persons in the
// house by their registration and expects the five arriving, also on a 360 px phone (axe, no
// sideways scroll). On "Accommodatie" the owner is told about a time that is no time; at 11:30,
// past the check-out time of 11:00, the party of three counts as gone by the registration, and
// with "Uitchecken tot" 12:00 they are in the house again. The municipality's inspector (made by
// the operator, 2FA with the QR code and oathtool at the server's instant) asks "Aanwezigen nu"
// with a reason and reads the same groups and total.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../src/server/platform/clock.ts';
import { aStay } from '../test/support/register.ts';
import { expectAccessible } from './support/a11y.ts';
import { registerConfirmedOwner } from './support/accounts.ts';
import { ApiClient } from './support/api.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { firstSignInAsOperator } from './support/operator.ts';
import { startServer } from './support/server.ts';
import { submitSignIn } from './support/sign-in.ts';

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let ownerPage: Page;
let inspectorPage: Page;

// 02:10 in Amsterdam (CET, UTC+1) on the day the party of three leaves.
const clock = manualClock(new Date('2026-12-07T01:10:00Z'));
const password = 'de molen draait ook als het niet waait';
const stamp = Date.now();
const owner = `eigenaar.${stamp}@voorbeeld.nl`;
const inspector = `toezicht.${stamp}@doetinchem.example`;
const bnb = `B&B De Linde ${stamp}`;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

const GROUPS_AT_NIGHT = ['In huis: 2 personen', 'Vertrekt vandaag (nog niet uitgecheckt): 3 personen', 'Verwacht (nog niet ingecheckt): 5 personen'];

/** An input by its label as users read it, with or without the required mark. */
const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

/** The owner's list under "Aanwezig", and the inspector's answer under its heading. */
const ownersList = (page: Page) => page.getByRole('region', { name: 'Aanwezigen nu' });
const inspectorsAnswer = (page: Page) => page.getByRole('region', { name: `Aanwezigen nu in ${bnb}` });

/** The row of a group's table that names the guest, and what its column "Aanwezig" says. */
async function presentBy(list: Locator, group: string, guest: string): Promise<string | undefined> {
  const table = list.getByRole('table', { name: group });
  const row = table.getByRole('row').filter({ hasText: guest });
  await row.waitFor();
  const column = (await table.getByRole('columnheader').allTextContents()).indexOf('Aanwezig');
  return (await row.locator('th, td').allTextContents())[column];
}

/** The group headings as read, in order. */
const groupHeadings = (list: Locator, level: 2 | 3) => list.getByRole('heading', { level }).allTextContents();

async function openPresentList(page: Page): Promise<Locator> {
  await mainMenu(page).getByRole('link', { name: 'Register', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Register' }).waitFor();
  await page.getByRole('link', { name: 'Aanwezig', exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('view') === 'present');
  const list = ownersList(page);
  await list.getByText(/^Totaal aanwezig: /).waitFor();
  return list;
}

async function openHouseTimes(page: Page): Promise<void> {
  await mainMenu(page).getByRole('link', { name: 'Accommodatie', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Inchecken en uitchecken' }).waitFor();
}

/** The texts the field is announced with besides its label: its error and its hint. */
const descriptionOf = (input: Locator) =>
  input.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' | '),
  );

async function registerGuests(): Promise<void> {
  const api = new ApiClient(server.baseUrl);
  expect((await api.request('POST', '/api/sessions', { email: owner, password })).status).toBe(200);
  const stays = [
    aStay({ arrival: '2026-12-05', departure: '2026-12-07', persons: 3, guest: { initials: 'S.', surname: 'Slaapt' } }),
    aStay({ arrival: '2026-12-06', departure: '2026-12-09', persons: 2, guest: { initials: 'B.', surname: 'Blijft' } }),
    aStay({ arrival: '2026-12-07', departure: '2026-12-08', persons: 2, guest: { initials: 'K.', surname: 'Komt' } }),
    aStay({ arrival: '2026-12-07', departure: '2026-12-10', persons: 3, guest: { initials: 'L.', surname: 'Laat' } }),
  ];
  for (const stay of stays) expect((await api.request('POST', '/api/register/stays', stay)).status).toBe(201);
}

beforeAll(async () => {
  mailbox = await startMailbox();
  // The journey walks from 02:10 to 11:30 on the server's clock: the sessions last that long.
  server = await startServer({ SMTP_URL: mailbox.url, SESSION_IDLE_MINUTES: String(24 * 60), SESSION_ABSOLUTE_HOURS: '48' }, { clock });
  browser = await launchBrowser();
  ownerPage = await (await browser.newContext({ viewport: DESKTOP, locale: 'nl-NL' })).newPage();
  inspectorPage = await (await browser.newContext({ viewport: DESKTOP, locale: 'nl-NL' })).newPage();
  await registerConfirmedOwner(server.baseUrl, mailbox, { email: owner, password, companyName: bnb });
  await registerGuests();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('the owner\'s "Aanwezig" at 02:10', () => {
  it('counts the party asleep until their departure today and expects the parties arriving today', async () => {
    const page = ownerPage;
    await submitSignIn(page, server.baseUrl, owner, password);
    await page.waitForURL(/\/app$/);
    const list = await openPresentList(page);

    // The moment on the Dutch wall clock, and the house times that decide the list.
    await list.getByText(/^Stand van 7 dec\.? 2026,? 02:10\. Inchecken vanaf 15:00, uitchecken tot 11:00\.$/).waitFor();
    await list.getByText('Totaal aanwezig: 5 personen.', { exact: true }).waitFor();
    expect(await groupHeadings(list, 2)).toEqual(GROUPS_AT_NIGHT);

    // Nobody pressed "Inchecken": the two parties in the house count by their registration.
    for (const group of ['In huis', 'Vertrekt vandaag (nog niet uitgecheckt)']) {
      await list.getByRole('table', { name: group }).getByRole('columnheader', { name: 'Aanwezig', exact: true }).waitFor();
    }
    expect(await presentBy(list, 'In huis', 'B. Blijft')).toBe('Volgens registratie');
    expect(await presentBy(list, 'Vertrekt vandaag (nog niet uitgecheckt)', 'S. Slaapt')).toBe('Volgens registratie');
    expect(await presentBy(list, 'Verwacht (nog niet ingecheckt)', 'K. Komt')).toBe('Nog niet aangekomen, verwacht vanaf 15:00');
    expect(await presentBy(list, 'Verwacht (nog niet ingecheckt)', 'L. Laat')).toBe('Nog niet aangekomen, verwacht vanaf 15:00');
    expect(
      await list
        .getByRole('table', { name: 'In huis' })
        .getByRole('row')
        .filter({ hasText: /Slaapt|Komt|Laat/ })
        .count(),
    ).toBe(0);
    await expectAccessible(page);
  });

  it('fits a 360 px phone without scrolling the page sideways', async () => {
    const page = ownerPage;
    await page.setViewportSize(PHONE);
    await page.reload();
    const list = ownersList(page);
    await list.getByText('Totaal aanwezig: 5 personen.', { exact: true }).waitFor();
    await list.getByRole('table', { name: 'In huis' }).getByRole('row').filter({ hasText: 'B. Blijft' }).waitFor();
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: document.documentElement.clientWidth }));
    expect(widths.screen).toBeLessThanOrEqual(PHONE.width);
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    expect(await groupHeadings(list, 2)).toEqual(GROUPS_AT_NIGHT);
    await expectAccessible(page);
    await page.setViewportSize(DESKTOP);
  });
});

describe('the house times on "Accommodatie"', () => {
  it('refuses a time that is no time next to its field', async () => {
    const page = ownerPage;
    await openHouseTimes(page);
    const checkOut = field(page, 'Uitchecken tot');
    expect(await field(page, 'Inchecken vanaf').inputValue()).toBe('15:00');
    expect(await checkOut.inputValue()).toBe('11:00');
    await checkOut.fill('25:00');
    await page.getByRole('button', { name: 'Tijden opslaan' }).click();
    await page.getByText('Vul een tijd in als uu:mm, bijvoorbeeld 11:00.', { exact: true }).waitFor();
    expect(await checkOut.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(checkOut)).toContain('Vul een tijd in als uu:mm, bijvoorbeeld 11:00.');
    expect(await field(page, 'Inchecken vanaf').getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByText('De tijden zijn opgeslagen.').count()).toBe(0);
    expect(await checkOut.inputValue()).toBe('25:00');
    await expectAccessible(page);
  });

  it('at 11:30 counts the party of three as gone by the registration, and present again with check-out until 12:00', async () => {
    const page = ownerPage;
    clock.advance((9 * 60 + 20) * 60_000); // 11:30
    let list = await openPresentList(page);
    await list.getByText(/^Stand van 7 dec\.? 2026,? 11:30\. Inchecken vanaf 15:00, uitchecken tot 11:00\.$/).waitFor();
    await list.getByText('Totaal aanwezig: 2 personen.', { exact: true }).waitFor();
    // Still in their group (nobody checked them out), but no longer counted.
    expect(await presentBy(list, 'Vertrekt vandaag (nog niet uitgecheckt)', 'S. Slaapt')).toBe('Vertrokken volgens registratie');
    expect(await presentBy(list, 'In huis', 'B. Blijft')).toBe('Volgens registratie');

    await openHouseTimes(page);
    await field(page, 'Uitchecken tot').fill('12:00');
    await page.getByRole('button', { name: 'Tijden opslaan' }).click();
    await page.getByText('De tijden zijn opgeslagen.', { exact: true }).waitFor();
    expect(await field(page, 'Uitchecken tot').getAttribute('aria-invalid')).toBeNull();
    await expectAccessible(page);

    list = await openPresentList(page);
    await list.getByText(/^Stand van 7 dec\.? 2026,? 11:30\. Inchecken vanaf 15:00, uitchecken tot 12:00\.$/).waitFor();
    await list.getByText('Totaal aanwezig: 5 personen.', { exact: true }).waitFor();
    expect(await presentBy(list, 'Vertrekt vandaag (nog niet uitgecheckt)', 'S. Slaapt')).toBe('Volgens registratie');
    expect(await groupHeadings(list, 2)).toEqual(GROUPS_AT_NIGHT);
  });
});

describe('the inspector\'s "Aanwezigen nu"', () => {
  it('gives the municipality the same groups and total as the owner reads', async () => {
    const page = inspectorPage;
    await firstSignInAsOperator(page, server, { email: inspector, password, role: 'inspector', municipality: 'GM0222' }, () => clock.now());
    await mainMenu(page).getByRole('link', { name: 'Inzage register' }).click();
    await page.getByRole('navigation', { name: 'Onderdelen van Inzage register' }).getByRole('link', { name: 'Aanwezigen nu' }).click();
    const form = page.getByRole('form', { name: 'Aanwezigen nu' });
    const accommodation = field(form, 'Accommodatie');
    await accommodation.locator('option', { hasText: bnb }).waitFor({ state: 'attached' });
    await accommodation.selectOption({ label: `${bnb}, Bosweg 3, Doetinchem` });
    await field(form, 'Reden').fill(`Brand ${stamp}: lijst voor de brandweer`);
    await form.getByRole('button', { name: 'Zoeken' }).click();

    const answer = inspectorsAnswer(page);
    await answer.getByText('Totaal aanwezig: 5 personen.', { exact: true }).waitFor();
    await answer.getByText(/^Stand van 7 dec\.? 2026,? 11:30\. Inchecken vanaf 15:00, uitchecken tot 12:00\.$/).waitFor();
    const ownersHeadings = await groupHeadings(await openPresentList(ownerPage), 2);
    expect(await groupHeadings(answer, 3)).toEqual(ownersHeadings);
    expect(ownersHeadings).toEqual(GROUPS_AT_NIGHT);
    expect(await presentBy(answer, 'In huis', 'B. Blijft')).toBe('Volgens registratie');
    expect(await presentBy(answer, 'Vertrekt vandaag (nog niet uitgecheckt)', 'S. Slaapt')).toBe('Volgens registratie');
    expect(await presentBy(answer, 'Verwacht (nog niet ingecheckt)', 'K. Komt')).toBe('Nog niet aangekomen, verwacht vanaf 15:00');
    expect(await presentBy(answer, 'Verwacht (nog niet ingecheckt)', 'L. Laat')).toBe('Nog niet aangekomen, verwacht vanaf 15:00');
    await expectAccessible(page);
  });
});
