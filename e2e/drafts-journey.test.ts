// Nothing typed is lost, in Chromium: an owner half fills "Nieuwe registratie", is warned two
// minutes before the idle period ends ("U wordt over 2 minuten uitgelogd"), stays signed in with
// "Ingelogd blijven"; then lets the session end, is sent to the sign-in page (the draft left in
// localStorage is sealed: the typed name and residence are not in it), signs in again and finds
// the fields filled as they were; after saving, the draft is gone. A guest on a 360 px phone
// half fills the self check-in form, reloads, finds it back (for 30 minutes, not longer), checks
// in, and the next visit starts empty. The server's clock and the browser's are moved together instead of waiting 30 minutes.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../src/server/platform/clock.ts';
import { addDays, dutchToday } from '../src/shared/register/dates.ts';
import { expectAccessible } from './support/a11y.ts';
import { registerConfirmedOwner } from './support/accounts.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { startServer } from './support/server.ts';
import { signOutThroughMenu, submitSignIn } from './support/sign-in.ts';

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let desk: BrowserContext;
let ownerPage: Page;
let guestPage: Page;

const serverClock = manualClock();
const password = 'de molen draait ook als het niet waait';
const owner = `eigenaar.${Date.now()}@voorbeeld.nl`;
const companyName = 'Hotel De Nachtegaal';
const today = dutchToday(new Date());
const PHONE_WIDTH = 360;
const RESTORED = 'Uw niet-opgeslagen invoer is teruggezet.';

const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
const mainGuest = (page: Page) => page.getByRole('group', { name: 'Hoofdgast' });

/** What localStorage holds under the keys of staff drafts. */
function storedStaffDrafts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.entries(localStorage)
      .filter(([key]) => key.startsWith('nachtregister.draft.user:'))
      .map(([, value]) => value),
  );
}

/** The same stretch of time passes on the server and in the browser. */
async function timePasses(page: Page, minutes: number): Promise<void> {
  serverClock.advance(minutes * 60_000);
  await page.clock.fastForward(minutes * 60_000);
}

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url }, { clock: serverClock });
  browser = await launchBrowser();
  desk = await browser.newContext({ locale: 'nl-NL' });
  await desk.clock.install();
  ownerPage = await desk.newPage();
  const phone = await browser.newContext({ viewport: { width: PHONE_WIDTH, height: 740 }, isMobile: true, hasTouch: true, locale: 'nl-NL' });
  await phone.clock.install();
  guestPage = await phone.newPage();
  await registerConfirmedOwner(server.baseUrl, mailbox, { email: owner, password, companyName });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('an owner whose session runs out while registering a guest', () => {
  it('keeps what was typed into "Nieuwe registratie" while warning two minutes before the session ends', async () => {
    await submitSignIn(ownerPage, server.baseUrl, owner, password);
    await ownerPage.waitForURL(/\/app$/);
    await ownerPage.goto(`${server.baseUrl}/app/register/nieuw`);
    await ownerPage.getByRole('heading', { level: 1, name: 'Nieuwe registratie' }).waitFor();
    await field(ownerPage, 'Vertrekdatum').fill(addDays(today, 2));
    await field(mainGuest(ownerPage), 'Voorletters').fill('H.');
    await field(mainGuest(ownerPage), 'Achternaam').fill('Jansen');
    await field(mainGuest(ownerPage), 'Woonplaats').fill('Zwolle');

    await timePasses(ownerPage, 28.5);
    const warning = ownerPage.getByRole('alertdialog', { name: 'U wordt over 2 minuten uitgelogd' });
    await warning.waitFor();
    // The focus is in the dialog, on the way to stay.
    expect(await ownerPage.evaluate(() => document.activeElement?.textContent)).toBe('Ingelogd blijven');
    await expectAccessible(ownerPage);

    await warning.getByRole('button', { name: 'Ingelogd blijven' }).click();
    await warning.waitFor({ state: 'detached' });
    // Past the first idle deadline (30 minutes after the last request) the session still works.
    await timePasses(ownerPage, 5);
    expect(await ownerPage.getByRole('alertdialog').count()).toBe(0);
    expect((await ownerPage.request.get(`${server.baseUrl}/api/session`)).status()).toBe(200);
    expect(await field(mainGuest(ownerPage), 'Achternaam').inputValue()).toBe('Jansen');
  });

  it('sends the owner to the sign-in page when the session has ended, and back to the form with the fields filled', async () => {
    await timePasses(ownerPage, 31);
    await ownerPage.getByRole('heading', { level: 1, name: 'Log in met bestaand account' }).waitFor();
    await ownerPage.getByText('Uw sessie is verlopen.', { exact: false }).waitFor();
    expect((await ownerPage.request.get(`${server.baseUrl}/api/session`)).status()).toBe(401);
    // Left behind on the desk computer, the draft is there, but sealed: nobody reads the guest's
    // name or residence without signing in as this owner again.
    const stored = await storedStaffDrafts(ownerPage);
    expect(stored).toHaveLength(1);
    expect(JSON.parse(stored[0] ?? '')).toMatchObject({ v: 2, expiresAt: expect.any(Number) });
    for (const typed of ['Jansen', 'Zwolle', addDays(today, 2)]) expect(stored[0]).not.toContain(typed);

    await field(ownerPage, 'Emailadres').fill(owner);
    await field(ownerPage, 'Wachtwoord').fill(password);
    await ownerPage.getByRole('button', { name: 'Inloggen →' }).click();
    await ownerPage.waitForURL(/\/app\/register\/nieuw$/);
    await ownerPage.getByText(RESTORED).waitFor();
    expect(await field(ownerPage, 'Vertrekdatum').inputValue()).toBe(addDays(today, 2));
    expect(await field(mainGuest(ownerPage), 'Voorletters').inputValue()).toBe('H.');
    expect(await field(mainGuest(ownerPage), 'Achternaam').inputValue()).toBe('Jansen');
    expect(await field(mainGuest(ownerPage), 'Woonplaats').inputValue()).toBe('Zwolle');
    await expectAccessible(ownerPage);
    // The key that opens it is kept in memory only, in no storage of the browser.
    const { key } = await (await ownerPage.request.get(`${server.baseUrl}/api/session/draft-key`)).json();
    const everything = await ownerPage.evaluate(() => JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage), document.cookie]));
    expect(everything).not.toContain(key);
  });

  it('forgets the draft once the registration is saved', async () => {
    await field(mainGuest(ownerPage), 'Land').selectOption({ label: 'Nederland' });
    await field(mainGuest(ownerPage), 'Geboortedatum').fill('1979-11-02');
    await field(mainGuest(ownerPage), 'Nationaliteit').selectOption({ label: 'Nederland' });
    await field(mainGuest(ownerPage), 'Soort identiteitsbewijs').selectOption({ label: 'Identiteitskaart' });
    await ownerPage.getByRole('button', { name: 'Registratie opslaan' }).click();
    await ownerPage.getByText('Registratie 1 is opgeslagen.').waitFor();

    await ownerPage.goto(`${server.baseUrl}/app/register/nieuw`);
    await ownerPage.getByRole('heading', { level: 1, name: 'Nieuwe registratie' }).waitFor();
    await ownerPage.reload();
    await field(mainGuest(ownerPage), 'Achternaam').waitFor();
    expect(await field(mainGuest(ownerPage), 'Achternaam').inputValue()).toBe('');
    expect(await field(ownerPage, 'Vertrekdatum').inputValue()).toBe('');
    expect(await ownerPage.getByText(RESTORED).count()).toBe(0);
  });

  it('leaves nothing typed on the computer after signing out', async () => {
    await field(mainGuest(ownerPage), 'Achternaam').fill('Pietersen');
    await signOutThroughMenu(ownerPage);
    await submitSignIn(ownerPage, server.baseUrl, owner, password);
    await ownerPage.waitForURL(/\/app$/);
    await ownerPage.goto(`${server.baseUrl}/app/register/nieuw`);
    await field(mainGuest(ownerPage), 'Achternaam').waitFor();
    expect(await field(mainGuest(ownerPage), 'Achternaam').inputValue()).toBe('');
    expect(await ownerPage.getByText(RESTORED).count()).toBe(0);
  });
});

describe('a guest who reloads the self check-in form on a phone', () => {
  let link = '';

  it('finds the fields filled in again after a reload, and can clear them for the next guest', async () => {
    link = (await (await ownerPage.request.get(`${server.baseUrl}/api/register/check-in-link`)).json()).url;
    await guestPage.goto(link);
    await guestPage.getByRole('heading', { level: 1, name: `Inchecken bij ${companyName}` }).waitFor();
    const details = guestPage.getByRole('group', { name: 'Uw gegevens' });
    await field(guestPage.getByRole('group', { name: 'Uw verblijf' }), 'Vertrekdatum').fill(addDays(today, 1));
    await field(details, 'Voorletters').fill('E.');
    await field(details, 'Achternaam').fill('Bakker');
    await field(details, 'Woonplaats').fill('Deventer');

    await guestPage.reload();
    await guestPage.getByText(RESTORED).waitFor();
    expect(await field(details, 'Voorletters').inputValue()).toBe('E.');
    expect(await field(details, 'Achternaam').inputValue()).toBe('Bakker');
    expect(await field(details, 'Woonplaats').inputValue()).toBe('Deventer');
    const widths = await guestPage.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths).toEqual({ page: PHONE_WIDTH, screen: PHONE_WIDTH });
    await expectAccessible(guestPage);

    // "Invoer wissen": for the next guest on a shared tablet; a reload no longer brings it back.
    await guestPage.getByRole('button', { name: 'Invoer wissen' }).click();
    expect(await field(details, 'Achternaam').inputValue()).toBe('');
    expect(await guestPage.getByText(RESTORED).count()).toBe(0);
    await guestPage.reload();
    await field(details, 'Achternaam').waitFor();
    expect(await field(details, 'Achternaam').inputValue()).toBe('');
    expect(await guestPage.getByText(RESTORED).count()).toBe(0);
  });

  it('keeps a half-filled form for 30 minutes at most (a tablet at the reception, the next guest)', async () => {
    const details = guestPage.getByRole('group', { name: 'Uw gegevens' });
    await field(details, 'Achternaam').fill('Visser');
    // The draft is written a moment after typing (a jump forward would write it only at its end).
    await guestPage.clock.runFor(1000);
    await guestPage.clock.fastForward(29 * 60_000);
    await guestPage.reload();
    await guestPage.getByText(RESTORED).waitFor();
    expect(await field(details, 'Achternaam').inputValue()).toBe('Visser');

    await guestPage.clock.fastForward(2 * 60_000);
    await guestPage.reload();
    await field(details, 'Achternaam').waitFor();
    expect(await field(details, 'Achternaam').inputValue()).toBe('');
    expect(await guestPage.getByText(RESTORED).count()).toBe(0);
  });

  it('starts empty after checking in', async () => {
    const details = guestPage.getByRole('group', { name: 'Uw gegevens' });
    await field(guestPage.getByRole('group', { name: 'Uw verblijf' }), 'Vertrekdatum').fill(addDays(today, 1));
    await field(details, 'Voorletters').fill('E.');
    await field(details, 'Achternaam').fill('Bakker');
    await field(details, 'Woonplaats').fill('Deventer');
    await field(details, 'Land waar u woont').selectOption({ label: 'Nederland' });
    await field(details, 'Geboortedatum').fill('1990-06-15');
    await field(details, 'Nationaliteit').selectOption({ label: 'Nederland' });
    await field(details, 'Soort identiteitsbewijs').selectOption({ label: 'Identiteitskaart' });
    await guestPage.getByRole('button', { name: 'Inchecken' }).click();
    await guestPage.getByRole('heading', { level: 1, name: 'Bedankt, u bent ingecheckt' }).waitFor();

    await guestPage.goto(link);
    await field(details, 'Achternaam').waitFor();
    expect(await field(details, 'Achternaam').inputValue()).toBe('');
    expect(await guestPage.getByText(RESTORED).count()).toBe(0);
  });
});
