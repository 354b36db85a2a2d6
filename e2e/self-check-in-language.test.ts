// The guest's check-in page speaks the guest's language: a browser set to German, English or Dutch
// (its locale and Accept-Language) opens it in that language, any other in Dutch, and a choice made
// with the language switch wins over the browser after a reload. Nothing on the German page is
// Dutch or English, and nothing on the English page is Dutch: the form, its field errors, the
// signature, the done page and the page of a link that does not work are read text node by text
// node (and label by label) and compared with every text of the other languages' catalogues.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../src/web/i18n/en.ts';
import { nl } from '../src/web/i18n/nl.ts';
import { de } from '../src/web/i18n/sections/check-in.ts';
import { addDays, dutchToday } from '../src/shared/register/dates.ts';
import { expectAccessible } from './support/a11y.ts';
import { registerConfirmedOwner } from './support/accounts.ts';
import { ApiClient } from './support/api.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { startServer } from './support/server.ts';

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let link = '';

const password = 'de molen draait ook als het niet waait';
const companyName = 'Camping De Vlinder';
const PHONE = { width: 360, height: 740 };

/** Every text of a catalogue, its {{placeholders}} as wildcards. */
function textsOf(catalogue: unknown): string[] {
  if (typeof catalogue === 'string') return [catalogue];
  if (catalogue && typeof catalogue === 'object') return Object.values(catalogue).flatMap(textsOf);
  return [];
}

/** Texts of `others` that `own` does not have (words the languages share, like "Tourist", are fine). */
function foreignTexts(own: unknown, others: unknown[]): { text: string; pattern: RegExp }[] {
  const mine = new Set(textsOf(own));
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...new Set(others.flatMap(textsOf))]
    .filter((text) => !mine.has(text) && /\p{L}{2,}/u.test(text.replace(/\{\{[^}]*\}\}/g, '')))
    .map((text) => ({
      text,
      pattern: new RegExp(
        `^${text
          .split(/\{\{[^}]*\}\}/)
          .map(escapeRegExp)
          .join('.+')}$`,
        'su',
      ),
    }));
}

/**
 * The page's visible texts and the names it gives to assistive technology, one per text node; text
 * marked up as another language (the language switch names each language in its own) is left out.
 */
function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLanguage = document.documentElement.lang;
    const inPageLanguage = (element: Element) => element.closest('[lang]')?.getAttribute('lang') === pageLanguage;
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !parent.closest('script, style') && inPageLanguage(parent)) texts.push(node.textContent ?? '');
    }
    for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      if (!inPageLanguage(element)) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) texts.push(element.getAttribute(name) ?? '');
    }
    return texts.map((text) => text.trim()).filter((text) => text !== '');
  });
}

/** Fails naming every text on the page that belongs to another language. */
async function expectOnlyOwnLanguage(page: Page, foreign: { text: string; pattern: RegExp }[], where: string): Promise<void> {
  const texts = await pageTexts(page);
  const found = texts.filter((text) => foreign.some(({ pattern }) => pattern.test(text)));
  expect(found, where).toEqual([]);
}

const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));

async function guestBrowser(locale: string, acceptLanguage: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    locale,
    extraHTTPHeaders: { 'Accept-Language': acceptLanguage },
  });
  return { context, page: await context.newPage() };
}

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url });
  browser = await launchBrowser();
  const owner = `eigenaar.${Date.now()}@voorbeeld.nl`;
  await registerConfirmedOwner(server.baseUrl, mailbox, { email: owner, password, companyName });
  const api = new ApiClient(server.baseUrl);
  expect((await api.request('POST', '/api/sessions', { email: owner, password })).status).toBe(200);
  link = (await api.request<{ url: string }>('GET', '/api/register/check-in-link')).body.url;
  expect(link).toContain('/inchecken/');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe("the check-in page opens in the guest's browser language", () => {
  const cases = [
    { locale: 'de-DE', acceptLanguage: 'de-DE,de;q=0.9', lang: 'de', heading: `Einchecken bei ${companyName}` },
    { locale: 'en-GB', acceptLanguage: 'en-GB,en;q=0.9', lang: 'en', heading: `Check in at ${companyName}` },
    { locale: 'nl-NL', acceptLanguage: 'nl-NL,nl;q=0.9', lang: 'nl', heading: `Inchecken bij ${companyName}` },
    // A language the page does not speak: Dutch.
    { locale: 'fr-FR', acceptLanguage: 'fr-FR,fr;q=0.9', lang: 'nl', heading: `Inchecken bij ${companyName}` },
  ];
  for (const { locale, acceptLanguage, lang, heading } of cases) {
    it(`opens in ${lang} for a browser in ${locale}`, async () => {
      const { context, page } = await guestBrowser(locale, acceptLanguage);
      await page.goto(link);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      await context.close();
    });
  }

  it("takes the first language of the browser's list that the page speaks", async () => {
    const { context, page } = await guestBrowser('fr-FR', 'fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7');
    await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['fr-FR', 'fr', 'de', 'en'] }));
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: `Einchecken bei ${companyName}` }).waitFor();
    await context.close();
  });

  it("keeps the guest's own choice over the browser's language, also after a reload", async () => {
    const { context, page } = await guestBrowser('de-DE', 'de-DE,de;q=0.9');
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: `Einchecken bei ${companyName}` }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: `Check in at ${companyName}` }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Check in at ${companyName}` }).waitFor();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Inchecken bij ${companyName}` }).waitFor();
    await context.close();
  });
});

const journeys = [
  {
    lang: 'de',
    locale: 'de-DE',
    own: de,
    others: [nl, en],
    texts: {
      departure: 'Abreisedatum',
      initials: 'Initialen',
      surname: 'Nachname',
      residence: 'Wohnort',
      country: 'Wohnsitzland',
      dateOfBirth: 'Geburtsdatum',
      nationality: 'Staatsangehörigkeit',
      document: 'Art des Ausweisdokuments',
      foreign: 'Deutschland',
      home: 'Niederlande',
      passport: 'Reisepass',
      add: 'Mitreisende(n) hinzufügen',
      submit: 'Einchecken',
      sign: 'Unterschreiben Sie im Feld.',
      done: 'Vielen Dank, Sie sind eingecheckt',
      broken: 'Dieser Link funktioniert nicht',
    },
  },
  {
    lang: 'en',
    locale: 'en-GB',
    own: en,
    others: [nl],
    texts: {
      departure: 'Date of departure',
      initials: 'Initials',
      surname: 'Surname',
      residence: 'Place of residence',
      country: 'Country of residence',
      dateOfBirth: 'Date of birth',
      nationality: 'Nationality',
      document: 'Type of identity document',
      foreign: 'Germany',
      home: 'Netherlands',
      passport: 'Passport',
      add: 'Add a fellow traveller',
      submit: 'Check in',
      sign: 'Sign in the box.',
      done: 'Thank you, you have checked in',
      broken: 'This link does not work',
    },
  },
] as const;

for (const { lang, locale, own, others, texts } of journeys) {
  describe(`every text of the ${lang === 'de' ? 'German' : 'English'} check-in page is in that language`, () => {
    const foreign = foreignTexts(own, [...others]);
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await guestBrowser(locale, `${locale},${lang};q=0.9`));
    });
    afterAll(async () => context?.close());

    it('has the form, its field errors and the signature in that language', async () => {
      await page.goto(link);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      await page.getByRole('button', { name: texts.add }).click();
      await expectOnlyOwnLanguage(page, foreign, 'the empty form');
      // Sent empty: the errors at the fields and above the form.
      await page.getByRole('button', { name: texts.submit, exact: true }).click();
      await page.locator('.utrecht-form-field-error-message, [class*="error"]').first().waitFor();
      await expectOnlyOwnLanguage(page, foreign, 'the field errors');

      await field(page, texts.departure).fill(addDays(dutchToday(new Date()), 2));
      await field(page, texts.initials).first().fill('K.');
      await field(page, texts.surname).first().fill('Schmidt');
      await field(page, texts.residence).fill('Berlin');
      await field(page, texts.country).selectOption({ label: texts.foreign });
      await field(page, texts.dateOfBirth).first().fill('1985-05-05');
      await field(page, texts.nationality).selectOption({ label: texts.foreign });
      await field(page, texts.document).selectOption({ label: texts.passport });
      await field(page, texts.initials).nth(1).fill('A.');
      await field(page, texts.surname).nth(1).fill('Weber');
      await page.getByRole('button', { name: texts.submit, exact: true }).click();
      await page.getByText(texts.sign).first().waitFor();
      await expectOnlyOwnLanguage(page, foreign, 'the signature');
      await expectAccessible(page);
    });

    it('has the done page in that language', async () => {
      // A Dutch national signs nothing; the rest was kept.
      await field(page, texts.nationality).selectOption({ label: texts.home });
      await page.getByRole('button', { name: texts.submit, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: texts.done }).waitFor();
      await expectOnlyOwnLanguage(page, foreign, 'the done page');
    });

    it('has the page of a link that does not work in that language', async () => {
      await page.goto(`${server.baseUrl}/inchecken/${'A'.repeat(22)}`);
      await page.getByRole('heading', { level: 1, name: texts.broken }).waitFor();
      await expectOnlyOwnLanguage(page, foreign, 'the broken link');
    });
  });
}
