// Phones first, in Chromium at 360 × 740: on every signed-in page of every role (the pages are read
// from the router in src/web/App.tsx, so a new page cannot be left out) the page's heading is on
// the first screen, above the fold, and nothing scrolls sideways; the main menu hides behind a
// "Menu" button that opens and closes it with the keyboard too. At 1280 px the menu stays in view
// without a button and the inspector's look-up shows every column of its results.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accommodationMembers, users } from '../src/server/db/schema.ts';
import { hashPassword } from '../src/server/platform/passwords.ts';
import { addDays, dutchToday } from '../src/shared/register/dates.ts';
import { aStay } from '../test/support/register.ts';
import { expectAccessible } from './support/a11y.ts';
import { registerConfirmedOwner } from './support/accounts.ts';
import { ApiClient } from './support/api.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { oathtool, readQrCode } from './support/authenticator.ts';
import { createOperatorAccount } from '../src/server/modules/organisations/users/create-operator-account.ts';
import { startServer } from './support/server.ts';
import { submitSignIn } from './support/sign-in.ts';
import { measure } from './support/layout.ts';

type Role = 'owner' | 'staff' | 'municipality' | 'inspector' | 'admin';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const password = 'de molen draait ook als het niet waait';
const stamp = Date.now();
const emails: Record<Role, string> = {
  owner: `eigenaar.${stamp}@voorbeeld.nl`,
  staff: `medewerker.${stamp}@voorbeeld.nl`,
  municipality: `gemeente.${stamp}@doetinchem.example`,
  inspector: `toezicht.${stamp}@doetinchem.example`,
  admin: `beheer.${stamp}@nachtregister.example`,
};
const hotel = `Hotel De Nachtegaal ${stamp}`;
const today = dutchToday(new Date());
const night = addDays(today, -2);
// A quarter that has ended, so its return can be submitted and the submissions table shows.
const pastQuarter = '2025-Q3';

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
const pages = {} as Record<Role, Page>;
let stayId = '';
let accommodationId = '';
let api: ApiClient;

/** The paths below /app in the router, as written there ('' for the index; the catch-all left out). */
function appRoutes(): string[] {
  const source = fs.readFileSync(new URL('../src/web/App.tsx', import.meta.url), 'utf8');
  const start = source.indexOf('<Route path="app"');
  if (start < 0) throw new Error('no /app route in App.tsx');
  const block = source.slice(start, source.indexOf('</Routes>', start));
  const paths = [...block.matchAll(/<Route (index|path="([^"]+)")/g)].map((m) => (m[1] === 'index' ? '' : (m[2] ?? '')));
  return paths.filter((path) => path !== 'app' && path !== '*');
}

/** Every route below /app, with the roles that open it and the address each of them opens. */
function pagesPerRoute(): Record<string, { role: Role; path: string }[]> {
  const all = (path: string) => (['owner', 'staff', 'municipality', 'inspector', 'admin'] as const).map((role) => ({ role, path }));
  const as = (roles: readonly Role[], path: string) => roles.map((role) => ({ role, path }));
  return {
    '': all('/app'),
    accommodatie: as(['owner', 'staff'], '/app/accommodatie'),
    'accommodatie/nieuw': as(['owner'], '/app/accommodatie/nieuw'),
    handleiding: all('/app/handleiding'),
    tweefactor: all('/app/tweefactor'),
    'tweefactor/instellen': as(['owner'], '/app/tweefactor/instellen'),
    gebruikers: as(['owner', 'municipality', 'admin'], '/app/gebruikers'),
    'uitnodiging/:token': as(['staff'], `/app/uitnodiging/${'0'.repeat(64)}`),
    accommodaties: as(['municipality', 'admin'], '/app/accommodaties'),
    'accommodaties/:id': as(['municipality', 'admin'], `/app/accommodaties/${accommodationId}`),
    gemeente: as(['municipality'], '/app/gemeente'),
    gemeenten: as(['admin'], '/app/gemeenten'),
    account: all('/app/account'),
    logboek: as(['owner', 'municipality', 'admin'], '/app/logboek'),
    'niet-bezorgd': as(['admin'], '/app/niet-bezorgd'),
    inzage: as(['inspector', 'municipality'], '/app/inzage'),
    'inzage/:tool': ['aanwezigen', 'lange-verblijven', 'zonder-registraties', 'controleren', 'maandkopie'].flatMap((tool) =>
      as(['inspector'], `/app/inzage/${tool}`),
    ),
    meldingen: as(['owner', 'staff', 'municipality'], '/app/meldingen'),
    aangifte: as(['owner'], '/app/aangifte?year=2025'),
    'aangifte/:period': as(['owner'], `/app/aangifte/${pastQuarter}`),
    toeristenbelasting: as(['municipality'], '/app/toeristenbelasting'),
    'toeristenbelasting/:tab': ['tarieven', 'statistieken'].flatMap((tab) => as(['municipality'], `/app/toeristenbelasting/${tab}`)),
    register: as(['owner', 'staff'], '/app/register'),
    'register/nieuw': as(['owner', 'staff'], '/app/register/nieuw'),
    'register/zelf-inchecken': as(['owner'], '/app/register/zelf-inchecken'),
    'register/importeren': as(['owner'], '/app/register/importeren'),
    'register/api': as(['owner'], '/app/register/api'),
    'register/:id': as(['owner', 'staff'], `/app/register/${stayId}`),
    kamers: as(['owner'], '/app/kamers'),
  };
}

/** Guests of night D and of a past quarter, through the owner's API session. */
async function prepareOwnerData(): Promise<void> {
  expect((await api.request('POST', '/api/sessions', { email: emails.owner, password })).status).toBe(200);
  const stays = [
    aStay({
      arrival: addDays(night, -1),
      departure: addDays(today, 2),
      persons: 2,
      bookingReference: `BOEKING-${stamp}-1`,
      guest: { initials: 'M.A.', surname: 'Van den Berg-Oosterhuis', residence: 'Sint-Michielsgestel' },
      coTravellers: [{ initials: 'A.', surname: 'Van den Berg' }],
    }),
    aStay({ arrival: '2025-08-10', departure: '2025-08-13', guest: { initials: 'R.', surname: 'Zomergast', residence: 'Oirschot' } }),
  ];
  for (const stay of stays) {
    const made = await api.request<{ stay: { id: string } }>('POST', '/api/register/stays', stay);
    expect(made.status).toBe(201);
    stayId ||= made.body.stay.id;
  }
  const session = await api.request<{ accommodation: { id: string } }>('GET', '/api/session');
  accommodationId = session.body.accommodation.id;
}

/** The municipality's rate (through the officer's browser session), then the owner's return of the past quarter. */
async function submitPastReturn(): Promise<void> {
  const officer = pages.municipality.request;
  const { token } = (await (await officer.get(`${server.baseUrl}/api/csrf`)).json()) as { token: string };
  const rule = await officer.post(`${server.baseUrl}/api/municipality/tax/rules`, {
    headers: { 'x-csrf-token': token },
    data: { validFrom: '2025-01-01', perPersonNightCents: 250 },
  });
  expect(rule.status()).toBe(201);
  // Quarterly returns (a new municipality starts with yearly ones).
  const settings = await officer.put(`${server.baseUrl}/api/municipality/tax/settings`, {
    headers: { 'x-csrf-token': token },
    data: { period: 'quarter', deadlineDays: 31 },
  });
  expect(settings.status()).toBe(200);
  expect((await api.request('POST', `/api/tax/returns/${pastQuarter}`, {})).status).toBe(201);
}

/** A staff member of the owner's hotel; inviting is another journey's subject, so the row is written. */
async function addStaffMember(): Promise<void> {
  const [made] = await server.deps.db
    .insert(users)
    .values({ email: emails.staff, role: 'staff', accommodationId, passwordHash: await hashPassword(password), emailConfirmedAt: new Date() })
    .returning({ id: users.id });
  if (!made) throw new Error('no staff member');
  await server.deps.db.insert(accommodationMembers).values({ userId: made.id, accommodationId });
}

/**
 * An operator-made account's first sign-in in the page: the password through the one-time link,
 * then the forced 2FA set-up with the QR code read by zbarimg and oathtool's code, skipping the
 * optional SMS step where the set-up offers one.
 */
async function signInOperator(page: Page, role: 'municipality' | 'inspector' | 'admin'): Promise<void> {
  const link = await createOperatorAccount(server.deps.db, server.baseUrl, { email: emails[role], role, municipality: 'GM0222' });
  await page.goto(link);
  await page.getByLabel('Nieuw wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('Uw wachtwoord is gewijzigd.', { exact: false }).waitFor();
  await submitSignIn(page, server.baseUrl, emails[role], password);
  await page.waitForURL(/\/app\/tweefactor\/instellen$/);
  const secret = new URL(await readQrCode(page.getByRole('img', { name: 'QR-code' }))).searchParams.get('secret') ?? '';
  await page.getByLabel('Beveiligingscode').fill(oathtool(secret));
  await page.getByRole('button', { name: 'Volgende' }).click();
  const stored = page.getByLabel('Ik heb de code gekopieerd en veilig opgeslagen.');
  const skip = page.getByRole('button', { name: 'Overslaan' });
  await stored.or(skip).first().waitFor();
  if (await skip.isVisible()) await skip.click();
  await stored.check();
  await page.getByRole('button', { name: 'Gereed' }).click();
  await page.waitForURL(/\/app$/);
}

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const menuButton = (page: Page) => page.getByRole('button', { name: 'Menu', exact: true });

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  browser = await launchBrowser();
  for (const role of Object.keys(emails) as Role[]) {
    pages[role] = await (await browser.newContext({ viewport: PHONE, locale: 'nl-NL' })).newPage();
  }
  await registerConfirmedOwner(server.baseUrl, mailbox, { email: emails.owner, password, companyName: hotel });
  api = new ApiClient(server.baseUrl);
  await prepareOwnerData();
  await addStaffMember();
  for (const role of ['owner', 'staff'] as const) {
    await submitSignIn(pages[role], server.baseUrl, emails[role], password);
    await pages[role].waitForURL(/\/app$/);
  }
  for (const role of ['municipality', 'inspector', 'admin'] as const) {
    await signInOperator(pages[role], role);
  }
  await submitPastReturn();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('every signed-in page on a 360 × 740 phone', () => {
  it('covers every route of the router', () => {
    expect(Object.keys(pagesPerRoute()).sort()).toEqual(appRoutes().sort());
  });

  it('shows the heading on the first screen and never scrolls sideways', async () => {
    const failures: string[] = [];
    for (const [route, visits] of Object.entries(pagesPerRoute())) {
      for (const { role, path } of visits) {
        const page = pages[role];
        await page.goto(server.baseUrl + path, { waitUntil: 'networkidle' });
        const heading = await page
          .locator('h1')
          .first()
          .waitFor({ timeout: 10_000 })
          .then(
            () => true,
            () => false,
          );
        if (!heading) {
          // biome-ignore lint/performance/useDomNodeTextContent: Playwright's locator, not a DOM node; the failure message shows the text as rendered
          failures.push(`${role} ${path} (${route}): no h1 at ${page.url()}: ${(await page.locator('body').innerText()).slice(0, 200)}`);
          continue;
        }
        const seen = await measure(page);
        if (seen.headingBottom > PHONE.height) failures.push(`${role} ${path} (${route}): h1 ends at ${Math.round(seen.headingBottom)} px`);
        if (seen.scrollWidth > seen.clientWidth)
          failures.push(`${role} ${path} (${route}): ${seen.scrollWidth} px wide in ${seen.clientWidth} px (${seen.wide.join(', ')})`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

describe('the main menu on a phone', () => {
  it('hides behind "Menu", opens and closes with the keyboard, and goes to a page', async () => {
    const page = pages.owner;
    await page.goto(`${server.baseUrl}/app`, { waitUntil: 'networkidle' });
    const button = menuButton(page);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    const controlled = await button.getAttribute('aria-controls');
    expect(controlled).toBeTruthy();
    expect(await mainMenu(page).getByRole('link', { name: 'Register' }).isVisible()).toBe(false);

    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator(`#${controlled}`).isVisible()).toBe(true);
    await mainMenu(page).getByRole('link', { name: 'Register' }).waitFor();
    await expectAccessible(page);

    // Escape closes it and leaves the focus on the button.
    await mainMenu(page).getByRole('link', { name: 'Register' }).focus();
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await mainMenu(page).getByRole('link', { name: 'Register' }).isVisible()).toBe(false);
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);

    // Space opens it again; Tab reaches the links; Enter on one goes there and closes the menu.
    await page.keyboard.press('Space');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    let guard = 0;
    while (
      !(await mainMenu(page)
        .getByRole('link', { name: 'Register' })
        .evaluate((element) => element === document.activeElement)) &&
      guard++ < 20
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Register' }).waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await mainMenu(page).getByRole('link', { name: 'Register' }).isVisible()).toBe(false);
    await expectAccessible(page);
  });
});

describe('wide screens', () => {
  it('keep the menu in view without a button', async () => {
    const page = pages.owner;
    await page.setViewportSize(DESKTOP);
    await page.goto(`${server.baseUrl}/app`, { waitUntil: 'networkidle' });
    expect(await menuButton(page).isVisible()).toBe(false);
    expect(await mainMenu(page).getByRole('link', { name: 'Register' }).isVisible()).toBe(true);
    await expectAccessible(page);
    await page.setViewportSize(PHONE);
  });

  it("show every column of the inspector's look-up at 1280 px, and on a phone within its own scroll region", async () => {
    const page = pages.inspector;
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await page.goto(`${server.baseUrl}/app/inzage`, { waitUntil: 'networkidle' });
      const form = page.getByRole('form', { name: 'Wie verbleef er in nacht…' });
      await form.getByLabel(/^Nacht( \*)?$/).fill(night);
      const accommodation = form.getByLabel(/^Accommodatie( \*)?$/);
      await accommodation.locator('option', { hasText: hotel }).waitFor({ state: 'attached' });
      await accommodation.selectOption({ label: `${hotel}, Bosweg 3, Doetinchem` });
      await form.getByLabel(/^Reden( \*)?$/).fill(`Zaak ${stamp}`);
      await form.getByRole('button', { name: 'Zoeken' }).click();
      const table = page.getByRole('table', { name: 'Gevonden verblijven' });
      await table.getByRole('cell', { name: /Van den Berg-Oosterhuis/ }).waitFor();
      const seen = await measure(page);
      expect(seen.scrollWidth).toBeLessThanOrEqual(seen.clientWidth);
      if (viewport === DESKTOP) {
        for (const column of ['Aankomst', 'Vertrek']) {
          const header = table.getByRole('columnheader', { name: column });
          // Inside the window and not cut off by the table's scroll region.
          const clipped = await header.evaluate((cell) => {
            const box = cell.getBoundingClientRect();
            if (box.right > window.innerWidth) return true;
            for (let scroller = cell.parentElement; scroller; scroller = scroller.parentElement) {
              if (getComputedStyle(scroller).overflowX !== 'visible' && box.right > scroller.getBoundingClientRect().right + 1) return true;
            }
            return false;
          });
          expect(clipped, `${column} is cut off at 1280 px`).toBe(false);
        }
      } else {
        // A table wider than the phone scrolls in a region that keyboard users can reach.
        const region = page.getByRole('region', { name: 'Gevonden verblijven' });
        expect(await region.getAttribute('tabindex')).toBe('0');
      }
      await expectAccessible(page);
    }
  });
});
