// Names in every script in the browser: an accommodation with accents, emoji, Arabic, Hebrew and
// Japanese in its name, and guests with accented, combining, emoji, Arabic, Hebrew and Chinese
// names. The header, the register overview and the stay page show each exactly as it was
// registered, and a right-to-left name does not carry the "+1" of its co-traveller to its left.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dutchToday } from '../src/shared/register/dates.ts';
import { registerConfirmedOwner } from './support/accounts.ts';
import { ApiClient } from './support/api.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { startServer } from './support/server.ts';
import { submitSignIn } from './support/sign-in.ts';

const COMPANY = 'Hôtel 🌷 فندق בית 東京ホテル';
const GUESTS = [
  { script: 'accents', surname: 'Ångström-Ñúñez', residence: "'s-Hertogenbosch" },
  { script: 'combining characters', surname: 'Mu\u0308ller-Ngo\u0323c', residence: 'Cura\u0327ao' },
  { script: 'emoji', surname: 'Tulp 🌷 👨‍👩‍👧‍👦', residence: 'Amsterdam 🚲' },
  { script: 'Arabic', surname: 'عبد الله', residence: 'الدار البيضاء' },
  { script: 'Hebrew', surname: 'כהן', residence: 'תל אביב' },
  { script: 'Chinese', surname: '王小明', residence: '北京市' },
] as const;

const email = `unicode.${Date.now()}@voorbeeld.nl`;
const password = 'de molen draait ook als het niet waait';
const today = dutchToday(new Date());

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;
const stayIds = new Map<string, string>();

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await registerConfirmedOwner(server.baseUrl, mailbox, { email, password, companyName: COMPANY });
  const api = new ApiClient(server.baseUrl);
  expect((await api.request('POST', '/api/sessions', { email, password })).status).toBe(200);
  for (const guest of GUESTS) {
    const response = await api.request<{ stay: { id: string } }>('POST', '/api/register/stays', {
      arrival: today,
      departure: addDays(today, 1),
      persons: 2,
      guest: {
        initials: 'J.',
        surname: guest.surname,
        residence: guest.residence,
        country: 'NL',
        dateOfBirth: '1980-04-02',
        nationality: 'NL',
        documentType: 'passport',
      },
      coTravellers: [{ initials: 'A.', surname: guest.surname }],
    });
    expect(response.status).toBe(201);
    stayIds.set(guest.script, response.body.stay.id);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

/** Where the guest's name and the text after it ("+1") are drawn in the overview row of a stay. */
async function nameLayout(stayId: string): Promise<{ name: string; after: string; nameRight: number; afterLeft: number }> {
  return page.evaluate((id) => {
    const link = document.querySelector(`a[href$="/app/register/${id}"]`);
    const name = link?.querySelector('bdi');
    const after = name?.nextSibling;
    if (!name || !after) throw new Error(`no isolated name in the row of ${id}: ${link?.outerHTML}`);
    const range = document.createRange();
    range.selectNodeContents(after);
    const nameBox = name.getBoundingClientRect();
    return { name: name.textContent ?? '', after: after.textContent ?? '', nameRight: nameBox.right, afterLeft: range.getBoundingClientRect().left };
  }, stayId);
}

describe('names in every script in the browser', () => {
  it('shows the accommodation name exactly in the header', async () => {
    await submitSignIn(page, server.baseUrl, email, password);
    await page.waitForURL(/\/app$/);
    expect(await page.locator('.nr-header__context').textContent()).toBe(COMPANY);
  });

  it('lists every guest exactly in the register, the co-traveller count after the name also for right-to-left names', async () => {
    await page.goto(`${server.baseUrl}/app/register`);
    await page.getByRole('table', { name: 'Registraties' }).waitFor();
    for (const guest of GUESTS) {
      const layout = await nameLayout(stayIds.get(guest.script) ?? '');
      expect(layout.name, guest.script).toBe(`J. ${guest.surname}`);
      expect(layout.after.trim(), guest.script).toBe('+1');
      // Drawn to the right of the whole name (left-to-right page), not pulled into the name's run.
      expect(layout.afterLeft, `${guest.script}: ${JSON.stringify(layout)}`).toBeGreaterThanOrEqual(layout.nameRight - 1);
    }
  });

  it('shows guest, residence and co-traveller exactly on the stay page', async () => {
    for (const guest of GUESTS) {
      await page.goto(`${server.baseUrl}/app/register/${stayIds.get(guest.script)}`);
      const details = (label: string) =>
        page
          .locator('.utrecht-data-list__item')
          .filter({ has: page.getByText(label, { exact: true }) })
          .locator('dd');
      expect(await details('Achternaam').textContent(), guest.script).toBe(guest.surname);
      expect(await details('Woonplaats').textContent(), guest.script).toBe(guest.residence);
      const coTraveller = page.getByRole('table', { name: 'Medereizigers' }).getByRole('row').nth(1).getByRole('cell').nth(1);
      expect(await coTraveller.textContent(), guest.script).toBe(guest.surname);
    }
  });
});
