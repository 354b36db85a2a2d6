// Self check-in through the real UI in Chromium: the owner opens "Zelf inchecken" and reads the
// link; a German guest opens it on a phone-sized screen (360 px, touch), chooses English, fills in
// their details and a fellow traveller, is asked to sign, signs with a finger on the screen and
// checks in, without sideways scrolling anywhere. The owner finds the stay under "Te bevestigen",
// sees the signature and confirms it; then makes a new link, and the old one stops working.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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
let phone: BrowserContext;
let guestPage: Page;

const password = 'de molen draait ook als het niet waait';
const owner = `eigenaar.${Date.now()}@voorbeeld.nl`;
const companyName = 'Camping De Vlinder';
const today = dutchToday(new Date());
const PHONE_WIDTH = 360;

/** An input by its label as users read it, with or without the required mark. */
const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
const section = (page: Page, name: string) => page.getByRole('group', { name });

/** The page is no wider than the phone: nothing to scroll sideways to. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
  expect(widths.screen).toBe(PHONE_WIDTH);
  expect(widths.page).toBeLessThanOrEqual(PHONE_WIDTH);
}

/** A finger drawing a zigzag on the element, as touch events through the DevTools protocol. */
async function signWithFinger(page: Page, pad: Locator): Promise<void> {
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('the signature box is not on screen');
  const cdp = await page.context().newCDPSession(page);
  const at = (fx: number, fy: number) => [{ x: box.x + box.width * fx, y: box.y + box.height * fy }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.1, 0.6) });
  for (let i = 1; i <= 16; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(0.1 + i * 0.05, i % 2 ? 0.3 : 0.7) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  browser = await launchBrowser();
  ownerPage = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  phone = await browser.newContext({ viewport: { width: PHONE_WIDTH, height: 740 }, isMobile: true, hasTouch: true, locale: 'en-GB' });
  guestPage = await phone.newPage();
  await registerConfirmedOwner(server.baseUrl, mailbox, { email: owner, password, companyName });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('a guest checks in on their phone and staff confirm it', () => {
  let link = '';

  it('shows the owner the link, its QR code and the poster under "Zelf inchecken"', async () => {
    await submitSignIn(ownerPage, server.baseUrl, owner, password);
    await ownerPage.waitForURL(/\/app$/);
    await ownerPage.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Register' }).click();
    await ownerPage.getByRole('link', { name: 'Zelf inchecken' }).click();
    await ownerPage.getByRole('heading', { level: 1, name: 'Zelf inchecken' }).waitFor();
    link = await field(ownerPage, 'Link').inputValue();
    expect(link).toMatch(new RegExp(`^${server.baseUrl}/inchecken/[A-Za-z0-9_-]{22}$`));
    expect(
      await ownerPage.getByRole('img', { name: 'QR-code van de link om in te checken' }).evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0);
    expect(await ownerPage.getByRole('link', { name: 'Poster downloaden (PDF)' }).getAttribute('href')).toBe('/api/register/check-in-poster.pdf');
    await ownerPage.getByRole('button', { name: 'Nieuwe link maken' }).waitFor();
    await expectAccessible(ownerPage);
  });

  it('lets the guest choose English and fill in the form on a 360 px wide phone', async () => {
    await guestPage.goto(link);
    // The phone's browser is English, so the page opens in English.
    await guestPage.getByRole('heading', { level: 1, name: `Check in at ${companyName}` }).waitFor();
    await guestPage.getByRole('button', { name: 'Deutsch' }).click();
    await guestPage.getByRole('heading', { level: 1, name: `Einchecken bei ${companyName}` }).waitFor();
    await guestPage.getByRole('button', { name: 'English' }).click();
    await guestPage.getByRole('heading', { level: 1, name: `Check in at ${companyName}` }).waitFor();

    const stay = section(guestPage, 'Your stay');
    expect(await field(stay, 'Date of arrival').inputValue()).toBe(today);
    await field(stay, 'Date of departure').fill(addDays(today, 3));

    const details = section(guestPage, 'Your details');
    await field(details, 'Initials').fill('K.');
    await field(details, 'Surname').fill('Schmidt');
    await field(details, 'Place of residence').fill('Berlin');
    await field(details, 'Country of residence').selectOption({ label: 'Germany' });
    await field(details, 'Date of birth').fill('1985-05-05');
    await field(details, 'Nationality').selectOption({ label: 'Germany' });
    await field(details, 'Type of identity document').selectOption({ label: 'Passport' });

    await guestPage.getByRole('button', { name: 'Add a fellow traveller' }).click();
    const fellow = section(guestPage, 'Fellow traveller 1');
    await field(fellow, 'Initials').fill('A.');
    await field(fellow, 'Surname').fill('Weber');
    await field(fellow, 'Date of birth').fill('1987-09-12');
    // Adding the fellow traveller counted them in.
    expect(await field(stay, 'Number of persons').inputValue()).toBe('2');

    await guestPage.getByText("Your details go into this accommodation's night register", { exact: false }).waitFor();
    await expectNoSidewaysScroll(guestPage);
    await expectAccessible(guestPage);
  });

  it('asks a foreign guest to sign, keeping what was typed, and takes a signature drawn with a finger', async () => {
    await guestPage.getByRole('button', { name: 'Check in' }).click();
    await guestPage.getByText('Sign in the box.').waitFor();
    expect(await field(section(guestPage, 'Your details'), 'Surname').inputValue()).toBe('Schmidt');
    expect(await field(section(guestPage, 'Fellow traveller 1'), 'Surname').inputValue()).toBe('Weber');

    await signWithFinger(guestPage, guestPage.getByRole('img', { name: 'Box for your signature' }));
    await guestPage.getByText('You have signed.').waitFor();
    await expectNoSidewaysScroll(guestPage);
  });

  it('thanks the guest and sends them to the reception', async () => {
    await guestPage.getByRole('button', { name: 'Check in' }).click();
    await guestPage.getByRole('heading', { level: 1, name: 'Thank you, you have checked in' }).waitFor();
    await guestPage.getByText('Please report at the reception now', { exact: false }).waitFor();
    await guestPage.getByText('We have received your details.').waitFor();
    // No register number: it would tell anyone with the link how many guests checked in.
    expect(
      await guestPage
        .locator('main')
        .getByText(/number/i)
        .count(),
    ).toBe(0);
    await expectNoSidewaysScroll(guestPage);
    await expectAccessible(guestPage);
  });

  it('lets the owner find the stay under "Te bevestigen", see the signature and confirm it', async () => {
    await ownerPage.getByRole('link', { name: 'Terug naar het register' }).click();
    await ownerPage.getByRole('link', { name: /^Te bevestigen/ }).click();
    await ownerPage.getByRole('link', { name: /K\. Schmidt/ }).click();
    const signature = ownerPage.getByRole('img', { name: 'Handtekening van K. Schmidt' });
    await signature.waitFor();
    await expect.poll(() => signature.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(600);

    await ownerPage.getByRole('button', { name: 'Bevestigen' }).click();
    await ownerPage
      .getByRole('definition')
      .filter({ hasText: /^Geregistreerd$/ })
      .waitFor();
    expect(await ownerPage.getByRole('button', { name: 'Bevestigen' }).count()).toBe(0);

    const id = new URL(ownerPage.url()).pathname.split('/').pop();
    const stay = (await (await ownerPage.request.get(`${server.baseUrl}/api/register/stays/${id}`)).json()).stay;
    expect(stay).toMatchObject({ status: 'registered', source: 'self_check_in', hasSignature: true, guest: { surname: 'Schmidt', nationality: 'DE' } });
    expect(stay.coTravellers).toEqual([{ initials: 'A.', surname: 'Weber', dateOfBirth: '1987-09-12', nationality: null, relation: 'other' }]);
  });

  it('lets the owner replace the link, after which the old one tells the guest it no longer works', async () => {
    await ownerPage.goto(`${server.baseUrl}/app/register/zelf-inchecken`);
    await ownerPage.getByRole('button', { name: 'Nieuwe link maken' }).click();
    await ownerPage.getByText('De oude link en de geprinte posters werken hierna niet meer. Weet u het zeker?').waitFor();
    await ownerPage.getByRole('button', { name: 'Ja, nieuwe link maken' }).click();
    await ownerPage.getByText('Er is een nieuwe link gemaakt.', { exact: false }).waitFor();
    expect(await field(ownerPage, 'Link').inputValue()).not.toBe(link);

    await guestPage.goto(link);
    await guestPage.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
    await guestPage.getByText('Ask the accommodation for a new one.', { exact: false }).waitFor();
  });
});
