// The 2FA set-up cannot be lost (Visma seed steps 4 to 6), in Chromium at 1280 and 360 px with
// axe: the QR code read by zbarimg, codes from oathtool, the optional step "SMS inschakelen als
// back-upmethode" (with a phone, the code read from the development outbox, or "Overslaan"), a
// reload on each step that shows the same step and the same backup code, "Bewaard" only after
// "Gereed", a code that was just used told as such at the sign-in step, and "Nieuwe backupcode
// maken" after a step-up. The server's clock stands still unless moved, so the codes' time steps
// are the journey's to choose.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../src/server/platform/clock.ts';
import { expectAccessible } from './support/a11y.ts';
import { registerConfirmedOwner } from './support/accounts.ts';
import { ApiClient } from './support/api.ts';
import { oathtool, readQrCode } from './support/authenticator.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { startServer } from './support/server.ts';
import { signOutThroughMenu, submitSignIn } from './support/sign-in.ts';

const password = 'de molen draait ook als het niet waait';
const JUST_USED = 'Deze code is net gebruikt. Wacht op de volgende code in uw app.';
const BACKUP_SHAPE = /^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/;

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
const clock = manualClock();

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url }, { clock });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

/** The 6-digit code of the newest text message to `phone` (SMS go to the development outbox). */
async function lastSmsCode(phone: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const outbox = await new ApiClient(server.baseUrl).request<{ messages: { channel: string; to: string; text: string }[] }>('GET', '/api/dev/outbox');
    const code = /\b(\d{6})\b/.exec(outbox.body.messages.find((m) => m.channel === 'sms' && m.to === phone)?.text ?? '')?.[1];
    if (code) return code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no SMS to ${phone}`);
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

/** "Uw backupcode opslaan": the code, the same after a reload; "Gereed" only after the tick. */
async function saveBackupCodeAfterReload(page: Page): Promise<string> {
  await heading(page, 'Uw backupcode opslaan');
  const code = (await page.getByTestId('backup-code').textContent()) ?? '';
  expect(code).toMatch(BACKUP_SHAPE);
  await page.reload();
  await heading(page, 'Uw backupcode opslaan');
  expect(await page.getByTestId('backup-code').textContent()).toBe(code);
  await expectAccessible(page);
  const done = page.getByRole('button', { name: 'Gereed' });
  expect(await done.isDisabled()).toBe(true);
  await page.getByLabel('Ik heb de code gekopieerd en veilig opgeslagen.').check();
  await done.click();
  return code;
}

describe.each([
  { width: 1280, height: 900, phone: '+31612345678', label: 'at 1280 px with a phone number' },
  { width: 360, height: 740, phone: null, label: 'at 360 px, skipping the SMS step' },
])('setting up 2FA $label', ({ width, height, phone }) => {
  let context: BrowserContext;
  let page: Page;
  const owner = `instellen.${width}.${Date.now()}@voorbeeld.nl`;
  let secret = '';
  let setUpCode = '';

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width, height }, isMobile: width < 400, hasTouch: width < 400, locale: 'nl-NL' });
    page = await context.newPage();
    await registerConfirmedOwner(server.baseUrl, mailbox, { email: owner, password });
  });

  afterAll(async () => {
    await context?.close();
  });

  it('goes from the app code through the SMS step to the backup code, each step surviving a reload', async () => {
    await submitSignIn(page, server.baseUrl, owner, password);
    await page.waitForURL(/\/app/);
    await page.goto(`${server.baseUrl}/app/tweefactor/instellen`);
    const qr = page.getByRole('img', { name: 'QR-code' });
    await qr.waitFor();
    secret = new URL(await readQrCode(qr)).searchParams.get('secret') ?? '';
    setUpCode = oathtool(secret, clock.now());
    await page.getByLabel('Beveiligingscode').fill(setUpCode);
    await page.getByRole('button', { name: 'Volgende' }).click();

    // Seed 000, step 5: optional, between the app's code and the backup code.
    await heading(page, 'SMS inschakelen als back-upmethode');
    await page
      .getByText(
        'Hoewel deze stap niet verplicht is, raden we u aan om een telefoonnummer in te voeren. Als u geen toegang tot de Authenticator-app meer hebt, dan kunnen we u in plaats daarvan een SMS met de 6-cijferige code sturen.',
      )
      .waitFor();
    await expectAccessible(page);
    await page.reload();
    await heading(page, 'SMS inschakelen als back-upmethode');
    if (phone) {
      await page.getByLabel('Telefoonnummer').fill('06 1234 5678');
      await page.getByRole('button', { name: 'Code versturen' }).click();
      const sent = `We hebben zojuist een SMS met een 6-cijferige verificatiecode naar uw telefoonnummer ${phone} gestuurd. Voer die code hieronder in.`;
      await page.getByText(sent).waitFor();
      // A reload asks for the code of the SMS already sent.
      await page.reload();
      await page.getByText(sent).waitFor();
      await expectAccessible(page);
      await page.getByLabel('Verificatiecode').fill(await lastSmsCode(phone));
      await page.getByRole('button', { name: 'Bevestigen' }).click();
    } else {
      await page.getByRole('button', { name: 'Overslaan' }).click();
    }

    await saveBackupCodeAfterReload(page);
    await heading(page, 'Tweefactorauthenticatie (2FA)');
    await page.getByText('Tweefactorauthenticatie staat aan.').waitFor();
    await page.getByText('Bewaard (eenmalig te gebruiken)').waitFor();
    if (phone) await page.getByText(`SMS-codes gaan naar ${phone}.`).waitFor();
    await expectAccessible(page);
  });

  it('tells that a code was just used at the sign-in step, then takes the next one', async () => {
    await signOutThroughMenu(page);
    await submitSignIn(page, server.baseUrl, owner, password);
    await heading(page, 'Tweefactorcode');
    // The set-up used this time step's code.
    await page.getByLabel('Beveiligingscode').fill(setUpCode);
    await page.getByRole('button', { name: 'Inloggen →' }).click();
    await page.getByText(JUST_USED).waitFor();
    expect(await page.getByText(/^Code is ongeldig/).count()).toBe(0);
    expect(await page.getByLabel('Beveiligingscode').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    clock.advance(30_000);
    await page.getByLabel('Beveiligingscode').fill(oathtool(secret, clock.now()));
    await page.getByRole('button', { name: 'Inloggen →' }).click();
    await page.waitForURL(/\/app/);
  });

  it('makes a new backup code after a step-up; it replaces the old one and is kept until "Gereed"', async () => {
    clock.advance(11 * 60_000);
    await page.goto(`${server.baseUrl}/app/tweefactor`);
    await page.getByText('Bewaard (eenmalig te gebruiken)').waitFor();
    await page.getByRole('button', { name: 'Nieuwe backupcode maken' }).click();
    // The old code stops working: asked first.
    const confirmation = page.getByRole('alertdialog', { name: 'Nieuwe backupcode maken' });
    await confirmation.getByText('Uw huidige backupcode werkt daarna niet meer.').waitFor();
    await confirmation.getByRole('button', { name: 'Nieuwe backupcode maken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Bevestig dat u het bent' }).waitFor();
    await expectAccessible(page);
    await page.locator('#field-step-up-code').fill(oathtool(secret, clock.now()));
    await page.getByRole('button', { name: 'Bevestigen' }).first().click();
    const renewed = await saveBackupCodeAfterReload(page);
    await page.getByText('Bewaard (eenmalig te gebruiken)').waitFor();

    // The new code signs in (once); it replaced the old one.
    await signOutThroughMenu(page);
    await submitSignIn(page, server.baseUrl, owner, password);
    await heading(page, 'Tweefactorcode');
    await page.getByRole('button', { name: 'Probeer een andere manier' }).click();
    await page.getByRole('button', { name: 'Gebruik uw backupcode' }).click();
    await page.getByLabel('Backupcode').fill(renewed);
    await page.getByRole('button', { name: 'Inloggen →' }).click();
    await heading(page, 'Uw backupcode opslaan');
  });
});
