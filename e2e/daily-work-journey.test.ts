// An owner's daily work through the real UI in Chromium, on a desktop (1280 px) and a phone
// (360 px): under "Kamers en plaatsen" a room is added and the form is empty again without red
// fields, a refused attempt clears the old message, and rooms that hold more persons than the
// accommodation's "Aantal slaapplekken" bring a warning (not an error); a CSV file that repeats a
// row shows it as a duplicate of the earlier line, with counts in the right plural, before and
// after importing; and the tourist tax return of the imported stays reads "3 persoonsnachten ×
// € 2,10 = € 6,30", and "Indienen" shows "Controleer uw aangifte" first, where "Terug" returns
// to the form and "Indienen" submits.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taxRuleInputSchema } from '../src/shared/schemas/tourist-tax.ts';
import { insertRule, updateSettings } from '../src/server/modules/tourist-tax/repository.ts';
import { expectAccessible } from './support/a11y.ts';
import { municipalityId, registerConfirmedOwner } from './support/accounts.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { startServer } from './support/server.ts';
import { submitSignIn } from './support/sign-in.ts';

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

const password = 'de molen draait ook als het niet waait';
const stamp = Date.now();

/** An input by its label as users read it, with or without the required mark. */
const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
/** Text as the page shows it, its no-break spaces (in "€ 6,30") read as spaces. */
const textOf = async (scope: Locator) => ((await scope.textContent()) ?? '').replace(/\u00a0/g, ' ');

// Two good stays in the third quarter of 2026 (the second of a resident, exempt from the tax),
// the first one repeated, and two rows with errors.
const FILE = [
  'aankomst;vertrek;personen;boekingsnummer;voorletters;achternaam;woonplaats;postcode;huisnummer;land;geboortedatum;nationaliteit;documentsoort',
  '10-08-2026;13-08-2026;1;BK-1;A.;Appelboom;Utrecht;3511 AB;1;NL;02-04-1980;NL;identiteitskaart',
  '20-08-2026;21-08-2026;1;BK-2;B.;Buurman;Doetinchem;7001 AB;12;NL;1975-01-01;NL;paspoort',
  '10-08-2026;13-08-2026;1;BK-1;A.;Appelboom;Utrecht;3511 AB;1;NL;02-04-1980;NL;identiteitskaart',
  '05-08-2026;03-08-2026;1;BK-3;C.;Omgekeerd;Arnhem;;;NL;1975-01-01;NL;paspoort',
  '2026-08-02;2026-08-03;1;BK-4;D.;Zonderland;Atlantis;;;Atlantis;1990-12-24;NL;paspoort',
].join('\r\n');

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  browser = await launchBrowser();
  // The municipality's rate, set up directly: its own pages are another journey's subject.
  const rule = taxRuleInputSchema.parse({ validFrom: '2026-01-01', perPersonNightCents: 210, exemptResidents: true, exemptInternationalWorkers: false });
  const doetinchem = await municipalityId(server.baseUrl, 'GM0222');
  await insertRule(server.deps.db, doetinchem, rule, null, new Date());
  // Quarterly returns (a new municipality starts with yearly ones).
  await updateSettings(server.deps.db, doetinchem, { period: 'quarter', deadlineDays: 31 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

for (const width of [1280, 360]) {
  describe(`an owner's day at ${width} px`, () => {
    const owner = `dagwerk.${width}.${stamp}@voorbeeld.nl`;
    let page: Page;

    beforeAll(async () => {
      // The registration gives the accommodation 120 beds ("Aantal slaapplekken").
      await registerConfirmedOwner(server.baseUrl, mailbox, { email: owner, password, companyName: `Pension Dagwerk ${width} ${stamp}` });
      page = await (await browser.newContext({ locale: 'nl-NL', viewport: { width, height: 800 } })).newPage();
      await submitSignIn(page, server.baseUrl, owner, password);
      await page.waitForURL(/\/app$/);
    });

    it('adds rooms with a clean form after each, and warns when they hold more persons than the beds', async () => {
      await page.goto(`${server.baseUrl}/app/kamers`);
      await page.getByRole('heading', { level: 1, name: 'Kamers en plaatsen' }).waitFor();
      const form = page.getByRole('form', { name: 'Kamer of plaats toevoegen' });
      // Red is the form's own error marks and the browser's for a required field left empty after typing.
      const invalidFields = form.locator('[aria-invalid="true"], .utrecht-textbox--invalid, .utrecht-select--invalid, :user-invalid');

      await field(form, 'Naam').fill('Familiekamer');
      await field(form, 'Soort').selectOption({ label: 'Kamer' });
      await field(form, 'Capaciteit \\(personen\\)').fill('100');
      await form.getByRole('button', { name: 'Toevoegen' }).click();
      await page.getByText('Familiekamer is toegevoegd.').waitFor();
      await expect.poll(() => field(form, 'Naam').inputValue()).toBe('');
      expect(await field(form, 'Capaciteit \\(personen\\)').inputValue()).toBe('');
      expect(await invalidFields.count()).toBe(0);
      // Typing in one field of the fresh form marks no other.
      await field(form, 'Naam').fill('Slaapzaal');
      await page.waitForTimeout(200);
      expect(await invalidFields.count()).toBe(0);
      expect(await page.getByText(/Let op: de actieve kamers/).count()).toBe(0);

      // A refused attempt takes the old success message away.
      await form.getByRole('button', { name: 'Toevoegen' }).click();
      await expect.poll(() => invalidFields.count()).toBeGreaterThan(0);
      expect(await page.getByText('Familiekamer is toegevoegd.').count()).toBe(0);

      await field(form, 'Soort').selectOption({ label: 'Slaapzaal' });
      await field(form, 'Capaciteit \\(personen\\)').fill('30');
      await form.getByRole('button', { name: 'Toevoegen' }).click();
      await page.getByText('Slaapzaal is toegevoegd.').waitFor();
      const warning = page.getByText(/Let op: de actieve kamers en plaatsen bieden samen plaats aan 130 personen, meer dan de 120 slaapplekken/);
      await warning.waitFor();
      await expect.poll(() => field(form, 'Naam').inputValue()).toBe('');
      expect(await invalidFields.count()).toBe(0);
      await page
        .getByRole('table', { name: 'Kamers en plaatsen' })
        .getByRole('row', { name: /Slaapzaal/ })
        .waitFor();
      await expectAccessible(page);
    });

    it('previews a file with a repeated row as a duplicate, with counts in the right plural', async () => {
      await page.goto(`${server.baseUrl}/app/register/importeren`);
      await page.getByRole('heading', { level: 1, name: 'CSV importeren' }).waitFor();
      await page.getByLabel(/^CSV-bestand/).setInputFiles({ name: 'gasten.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE, 'utf8') });
      await page.getByRole('button', { name: 'Controleren' }).click();
      await page.getByText('5 regels: 2 goed, 0 al in het register, 1 dubbel in het bestand, 2 met fouten.').waitFor();
      const rows = page.getByRole('table', { name: 'De regels van het bestand' });
      const line = (n: number) => rows.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(n), exact: true }) });
      expect(await line(4).textContent()).toContain('Dubbel in het bestand (zelfde als regel 2)');
      expect(await line(2).textContent()).toContain('Goed');
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Importeren (2 registraties)' }).click();
      await page.getByText('2 registraties geïmporteerd.').waitFor();
      await page.getByText('1 regel stond dubbel in het bestand en is overgeslagen. 2 regels met fouten zijn overgeslagen.').waitFor();
      await expectAccessible(page);
    });

    it('reads the per-person amount as person-nights × rate, and checks the return before submitting it', async () => {
      await page.goto(`${server.baseUrl}/app/aangifte/2026-Q3`);
      await page.getByRole('heading', { level: 1, name: 'Aangifte toeristenbelasting 3e kwartaal 2026' }).waitFor();
      await expect.poll(() => textOf(page.getByRole('main'))).toContain('3 persoonsnachten × € 2,10 = € 6,30');
      expect(await page.getByText('Bedrag per persoon per nacht').count()).toBe(0);

      const form = page.getByRole('form', { name: 'Aangifte indienen' });
      // Every problem of the form shows on the first "Indienen", not one round after another.
      await field(form, 'Correctie \\(€, plus of min\\)').fill('12,345');
      await field(form, 'Reden van de correctie').fill('x'.repeat(501));
      await field(form, 'Al afgedragen via boekingsplatform \\(€\\)').fill('5');
      await form.getByRole('button', { name: 'Indienen' }).click();
      await form.getByText('Maximaal 500 tekens.').waitFor();
      expect(await form.getByText('Vul een geldig bedrag in euro in, bijvoorbeeld 3,95.').count()).toBe(1);
      expect(await form.getByText(/kenmerk/i).count()).toBeGreaterThan(0);
      expect(await form.locator('[aria-invalid="true"]').count()).toBe(3);
      for (const label of ['Correctie \\(€, plus of min\\)', 'Reden van de correctie', 'Al afgedragen via boekingsplatform \\(€\\)'])
        await field(form, label).fill('');
      await form.getByRole('button', { name: 'Indienen' }).click();
      const check = page.getByRole('region', { name: 'Controleer uw aangifte' });
      await check.waitFor();
      expect(await check.getByRole('heading', { name: 'Controleer uw aangifte' }).evaluate((h) => h === document.activeElement)).toBe(true);
      const checked = await textOf(check);
      expect(checked).toContain('3 persoonsnachten × € 2,10 = € 6,30');
      expect(checked).toMatch(/Te betalen\s*€ 6,30/);
      await expectAccessible(page);

      // "Terug": the form again, nothing sent yet.
      await check.getByRole('button', { name: 'Terug' }).click();
      await form.waitFor();
      await expect.poll(() => form.getByRole('button', { name: 'Indienen' }).evaluate((b) => b === document.activeElement)).toBe(true);
      expect(await page.getByRole('table', { name: 'Ingediende aangiften voor deze periode' }).count()).toBe(0);

      await form.getByRole('button', { name: 'Indienen' }).click();
      await check.getByRole('button', { name: 'Indienen' }).click();
      await page.getByText(/Uw aangifte is ingediend onder nummer TB-GM0222-\d{6}/).waitFor();
      await expectAccessible(page);
    });
  });
}
