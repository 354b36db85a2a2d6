// The admin's "Niet bezorgde berichten" in Chromium: a confirmation mail the mail server refuses
// (550 for its address) is given up after a few attempts and shows up on the page with its
// recipient and subject; once the address is fixed, "Opnieuw versturen" sends it and it arrives.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/a11y.ts';
import { ApiClient } from './support/api.ts';
import { municipalityId } from './support/accounts.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { firstSignInAsOperator } from './support/operator.ts';
import { startServer } from './support/server.ts';

const run = Date.now();
const admin = `beheer.${run}@nachtregister.example`;
const unlucky = `onbereikbaar.${run}@voorbeeld.nl`;
const password = 'de molen draait ook als het niet waait';
const refused = new Set([unlucky]);

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mailbox = await startMailbox({ refuseRecipient: (address) => (refused.has(address) ? 550 : undefined) });
  // Retries 100 ms apart instead of seconds: the journey is about what the admin sees, not the wait.
  server = await startServer({ SMTP_URL: mailbox.url }, { jobOptions: { backoffMs: 100 } });
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('undelivered messages', () => {
  it('shows a refused mail to the admin, who sends it again once the address works', async () => {
    const registered = await new ApiClient(server.baseUrl).request('POST', '/api/registrations', {
      companyName: 'Hotel De Onbereikbare',
      address: 'Markt 1',
      postcode: '7001 AB',
      city: 'Doetinchem',
      kvkNumber: '',
      phone: '',
      beds: 10,
      accommodationType: 'hotel',
      municipalityId: await municipalityId(server.baseUrl, 'GM0222'),
      email: unlucky,
      password,
    });
    expect(registered.status).toBe(201);

    await firstSignInAsOperator(page, server, { email: admin, password, role: 'admin', municipality: 'GM0222' });
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const row = page.getByRole('row', { name: new RegExp(unlucky.replaceAll('.', '\\.')) });
    await menu.getByRole('link', { name: 'Niet bezorgde berichten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Niet bezorgde berichten' }).waitFor();
    // The server gives up after three refusals; the admin reloads meanwhile.
    for (let look = 0; look < 30; look++) {
      await page.getByRole('heading', { level: 2, name: 'Wachtrij' }).waitFor();
      if ((await row.count()) > 0) break;
      await page.waitForTimeout(250);
      await page.reload();
    }
    await row.waitFor();
    expect(await row.getByText('Bevestig uw emailadres voor het Nachtregister').count()).toBe(1);
    // The address itself holds digits (a timestamp), so the reply code is matched with its text.
    expect(await row.getByText(/\b550 Recipient/).count()).toBe(1);
    await expectAccessible(page);

    refused.delete(unlucky);
    await page.getByRole('button', { name: `Opnieuw versturen: Email aan ${unlucky}` }).click();
    await page.getByText(`Het bericht aan ${unlucky} wordt opnieuw verstuurd, na de berichten die al klaarstonden.`).waitFor();
    await page.getByText('Er zijn geen niet bezorgde berichten.').waitFor();
    const mail = await mailbox.waitFor(unlucky, /Bevestig uw emailadres/);
    expect(String(mail.text)).toMatch(/code=[0-9a-f]{48}/);
  });
});
