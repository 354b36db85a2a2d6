// Journey: the owner of a campsite marks pitches under "Kamers en plaatsen" as a seizoensplaats and
// a jaarplaats for the tourist tax's forfait (decision 0013), chooses "Werkelijke nachten" for one,
// and reads the marks back in the table, also after a reload; axe finds nothing on the page.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/a11y.ts';
import { registerConfirmedOwner } from './support/accounts.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { startServer } from './support/server.ts';
import { submitSignIn } from './support/sign-in.ts';

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;

const password = 'de molen draait ook als het niet waait';
const owner = `camping.${Date.now()}@voorbeeld.nl`;

/** An input by its label as users read it, with or without the required mark. */
const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
const rowOf = (name: string) => page.getByRole('table', { name: 'Kamers en plaatsen' }).getByRole('row').filter({ hasText: name });

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await registerConfirmedOwner(server.baseUrl, mailbox, { email: owner, password });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('forfait units in "Kamers en plaatsen"', () => {
  it('lets the owner mark a pitch as seizoensplaats, then as jaarplaats with the actual nights', async () => {
    await submitSignIn(page, server.baseUrl, owner, password);
    await page.waitForURL(/\/app$/);
    await page.goto(`${server.baseUrl}/app/kamers`);
    await page.getByRole('heading', { level: 1, name: 'Kamers en plaatsen' }).waitFor();

    const add = page.getByRole('form', { name: 'Kamer of plaats toevoegen' });
    await field(add, 'Naam').fill('Plaats 12');
    await field(add, 'Soort').selectOption({ label: 'Kampeerplaats' });
    await field(add, 'Capaciteit \\(personen\\)').fill('4');
    expect(await field(add, 'Forfait toeristenbelasting').inputValue()).toBe('');
    await field(add, 'Forfait toeristenbelasting').selectOption({ label: 'Seizoensplaats' });
    await add.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Plaats 12 is toegevoegd.').waitFor();
    expect(await rowOf('Plaats 12').getByRole('cell').allTextContents()).toEqual(['Kampeerplaats', '4 personen', 'Ja', 'Ja', 'Seizoensplaats', 'Wijzigen']);

    await rowOf('Plaats 12').getByRole('button', { name: 'Plaats 12 wijzigen' }).click();
    const edit = page.getByRole('form', { name: 'Plaats 12 wijzigen' });
    expect(await field(edit, 'Forfait toeristenbelasting').inputValue()).toBe('seizoensplaats');
    await field(edit, 'Forfait toeristenbelasting').selectOption({ label: 'Jaarplaats' });
    await field(edit, 'Werkelijke nachten').check();
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Plaats 12 is opgeslagen.').waitFor();

    await page.reload();
    await rowOf('Plaats 12').waitFor();
    expect(await rowOf('Plaats 12').getByRole('cell').allTextContents()).toEqual([
      'Kampeerplaats',
      '4 personen',
      'Ja',
      'Ja',
      'Jaarplaats (werkelijke nachten)',
      'Wijzigen',
    ]);
    await expectAccessible(page);
  });
});
