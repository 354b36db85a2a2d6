// Two-factor authentication through the real UI in Chromium, with real authenticator tools:
// the QR code is read off the screen by zbarimg, codes come from oathtool, the passkey from
// Chromium's virtual authenticator. Set up, backup code, sign in with a code, with the backup
// code, with a passkey; and the forced set-up when the municipality makes 2FA mandatory.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { accommodationMembers, sessions, users } from '../src/server/db/schema.ts';
import { createOperatorAccount } from '../src/server/modules/organisations/users/create-operator-account.ts';
import { hashPassword } from '../src/server/platform/passwords.ts';
import { contrastOf, expectAccessible } from './support/a11y.ts';
import { registerConfirmedOwner } from './support/accounts.ts';
import { signOutThroughMenu, submitSignIn } from './support/sign-in.ts';
import { ApiClient } from './support/api.ts';
import { oathtool, readQrCode } from './support/authenticator.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailbox, type Mailbox } from './support/mailbox.ts';
import { startServer } from './support/server.ts';

let mailbox: Mailbox;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const password = 'de molen draait ook als het niet waait';
const owner = `eigenaar.${Date.now()}@voorbeeld.nl`;
let secret = '';
let backupCode = '';
let officer = '';
let officerSecret = '';
let entrepreneur = '';

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

const registerOwner = (email: string, cbsCode: string) => registerConfirmedOwner(server.baseUrl, mailbox, { email, password, cbsCode });

const signInWithPassword = (email: string) => submitSignIn(page, server.baseUrl, email, password);

const signOut = () => signOutThroughMenu(page);

/** Sets up the authenticator app on the open set-up page, as a user with a phone would. */
async function setUpApp({ reloadAtBackupCode = false } = {}): Promise<void> {
  const qr = page.getByRole('img', { name: 'QR-code' });
  await qr.waitFor();
  await expectAccessible(page);
  const uri = await readQrCode(qr);
  const parsed = new URL(uri);
  expect(`${parsed.protocol}//${parsed.host}`).toBe('otpauth://totp');
  expect(decodeURIComponent(parsed.pathname)).toMatch(/^\/Nachtregister:/);
  expect(parsed.searchParams.get('issuer')).toBe('Nachtregister');
  secret = parsed.searchParams.get('secret') ?? '';
  // The key under "Handmatige code invoeren" is the same secret.
  await page.getByRole('heading', { name: 'Handmatige code invoeren' }).waitFor();
  expect((await page.getByTestId('totp-secret').textContent())?.replaceAll(' ', '')).toBe(secret);
  expect(await page.getByRole('button', { name: 'Kopiëren' }).count()).toBe(1);
  for (const app of ['Google Authenticator', 'Microsoft Authenticator', 'Authy']) {
    expect(await page.getByRole('link', { name: app }).count()).toBe(1);
  }

  await page.getByLabel('Beveiligingscode').fill('000000');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page
    .getByText(/^Code is ongeldig\./)
    .first()
    .waitFor();

  await page.getByLabel('Beveiligingscode').fill(oathtool(secret));
  await page.getByRole('button', { name: 'Volgende' }).click();
  // Seed 000 step 5, optional: no phone number for SMS here.
  await page.getByRole('button', { name: 'Overslaan' }).click();
  if (reloadAtBackupCode) {
    // A reload shows the same backup code again, not a new QR code that would replace the app.
    await page.getByRole('heading', { level: 1, name: 'Uw backupcode opslaan' }).waitFor();
    const shown = await page.getByTestId('backup-code').textContent();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Uw backupcode opslaan' }).waitFor();
    expect(await page.getByTestId('backup-code').textContent()).toBe(shown);
  }
  await saveBackupCode();
}

/** Signs out, then in with the password and "Gebruik uw backupcode" (the phone is lost). */
async function signInWithBackupCode(): Promise<void> {
  await signOut();
  await signInWithPassword(owner);
  await page.getByRole('heading', { level: 1, name: 'Tweefactorcode' }).waitFor();
  await page.getByRole('button', { name: 'Probeer een andere manier' }).click();
  await page.getByRole('button', { name: 'Gebruik uw backupcode' }).click();
  await page.getByLabel('Backupcode').fill(backupCode);
  await page.getByRole('button', { name: 'Inloggen →' }).click();
}

/** The app code is offered first; the passkey is one of the other ways (the app stays set up). */
async function passkeyAtTheStep(): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Tweefactorcode' }).waitFor();
  await page.getByRole('button', { name: 'Probeer een andere manier' }).click();
  // First the choice of method, then the passkey's own button.
  await page.getByRole('button', { name: 'Passkey gebruiken' }).click();
  await page.getByText('Gebruik de passkey op dit apparaat of uw beveiligingssleutel.').waitFor();
  await page.getByRole('button', { name: 'Passkey gebruiken' }).click();
  await page.waitForURL(/\/app/);
}

async function saveBackupCode(): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Uw backupcode opslaan' }).waitFor();
  backupCode = (await page.getByTestId('backup-code').textContent()) ?? '';
  expect(backupCode).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
  await expectAccessible(page);
  const done = page.getByRole('button', { name: 'Gereed' });
  expect(await done.isDisabled()).toBe(true);
  await page.getByLabel('Ik heb de code gekopieerd en veilig opgeslagen.').check();
  expect(await done.isDisabled()).toBe(false);
  await done.click();
}

beforeAll(async () => {
  mailbox = await startMailbox();
  // A journey sends two text messages within 30 seconds; the per-user interval is tested elsewhere.
  server = await startServer({ SMTP_URL: mailbox.url }, { limits: { smsInterval: { max: 10, windowMs: 30_000 } } });
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'nl-NL' });
  page = await context.newPage();
  await registerOwner(owner, 'GM0222');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

describe('two-factor authentication (Visma Connect and DNR manuals)', () => {
  it('turns 2FA on from the user menu with a QR code read by zbarimg and a code from oathtool', async () => {
    await signInWithPassword(owner);
    await page.waitForURL(/\/app/);
    // Where 2FA is optional, the overview invites to set it up ("Later herinneren" puts it away).
    await page.getByRole('heading', { name: 'Beveilig uw account met tweefactorauthenticatie' }).waitFor();
    // A link drawn as the primary button keeps the button's readable colours.
    expect(await contrastOf(page, 'a.nr-button-link')).toBeGreaterThanOrEqual(4.5);
    await expectAccessible(page);
    await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
    await page.getByRole('link', { name: 'Tweefactorauthenticatie (2FA)' }).click();
    await page.getByText('Tweefactorauthenticatie staat uit.').waitFor();
    await page.getByRole('link', { name: 'Inschakelen' }).click();
    await setUpApp({ reloadAtBackupCode: true });
    await page.getByText('Tweefactorauthenticatie staat aan.').waitFor();
    await expectAccessible(page);
    const notice = await mailbox.waitFor(owner, /Tweefactorauthenticatie is ingeschakeld/);
    expect(notice.text).toContain('tweefactorauthenticatie (2FA) ingeschakeld');
  });

  it('asks for the code after the password ("Tweefactorcode")', async () => {
    await signOut();
    await signInWithPassword(owner);
    await page.getByRole('heading', { level: 1, name: 'Tweefactorcode' }).waitFor();
    await expectAccessible(page);
    // The set-up used this 30-second step's code; the app's next code is accepted too.
    await page.getByLabel('Beveiligingscode').fill(oathtool(secret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Inloggen →' }).click();
    await page.waitForURL(/\/app/);
  });

  it('signs in once with the backup code when the phone is lost', async () => {
    await signInWithBackupCode();
    // A new backup code at once, still there after a reload until "Gereed"; the app stays.
    await page.waitForURL(/\/app\/tweefactor$/);
    const used = backupCode;
    await page.getByRole('heading', { level: 1, name: 'Uw backupcode opslaan' }).waitFor();
    await page.reload();
    await page.getByText('U bent ingelogd met uw vorige backupcode; die werkt nu niet meer.', { exact: false }).waitFor();
    await saveBackupCode();
    expect(backupCode).not.toBe(used);
    await page.getByText('U bent ingelogd met uw backupcode.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Uitschakelen' }).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await mailbox.waitFor(owner, /Uw backupcode is gebruikt/);

    // The next sign-in asks for the second factor again (2FA did not go off); the new code works.
    await signInWithBackupCode();
    await saveBackupCode();
  });

  it('adds a passkey and signs in with it (Chromium virtual authenticator)', async () => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    await page.goto(`${server.baseUrl}/app/tweefactor`);
    await page.getByLabel('Naam van de passkey').fill('Werklaptop');
    await page.getByRole('button', { name: 'Passkey toevoegen' }).click();
    // The account has a backup code already: adding the passkey issues none.
    await page.getByText(/Werklaptop/).waitFor();

    await signOut();
    await signInWithPassword(owner);
    await passkeyAtTheStep();
  });

  it('adds a phone number as SMS backup and signs in with "Stuur een code per SMS"', async () => {
    await page.goto(`${server.baseUrl}/app/tweefactor`);
    await page.getByRole('heading', { name: 'SMS inschakelen als back-upmethode' }).waitFor();
    await page.getByLabel('Telefoonnummer').fill('06 1234 5678');
    await page.getByRole('button', { name: 'Code versturen' }).click();
    await page.getByText(/We hebben zojuist een SMS met een 6-cijferige verificatiecode naar uw telefoonnummer \+31612345678 gestuurd/).waitFor();
    await page.getByLabel('Verificatiecode').fill(await lastSmsCode('+31612345678'));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByText('SMS-codes gaan naar +31612345678.').waitFor();
    await expectAccessible(page);

    await signOut();
    await signInWithPassword(owner);
    await page.getByRole('heading', { level: 1, name: 'Tweefactorcode' }).waitFor();
    await page.getByRole('button', { name: 'Probeer een andere manier' }).click();
    // Choosing SMS sends the code at once; focus goes to the field for it.
    await page.getByRole('button', { name: 'Stuur een code per SMS' }).click();
    await page.getByText(/naar uw telefoonnummer \+31 6 \*\*\*\*5678 gestuurd/).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('one-time-code');
    await page.getByLabel('Verificatiecode').fill(await lastSmsCode('+31612345678'));
    await page.getByRole('button', { name: 'Inloggen →' }).click();
    await page.waitForURL(/\/app/);
  });

  it('asks again for a second factor ("Bevestig dat u het bent") before removing the phone number', async () => {
    // The second factor of this sign-in was proven more than 10 minutes ago.
    await server.deps.db.update(sessions).set({ secondFactorAt: new Date(Date.now() - 60 * 60_000) });
    await page.goto(`${server.baseUrl}/app/tweefactor`);
    await page.getByRole('button', { name: 'Verwijderen: +31612345678' }).click();
    await page.getByRole('heading', { level: 2, name: 'Bevestig dat u het bent' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bevestig dat u het bent');
    await expectAccessible(page);
    await page.getByRole('region', { name: 'Bevestig dat u het bent' }).getByRole('button', { name: 'Passkey gebruiken' }).click();
    // The change goes ahead once the passkey is proven.
    await page.getByLabel('Telefoonnummer').waitFor();
    expect(await page.getByText('SMS-codes gaan naar +31612345678.').count()).toBe(0);
  });

  it('sends the user back to the sign-in page when the 2FA step has expired', async () => {
    await signOut();
    await signInWithPassword(owner);
    await page.getByRole('heading', { level: 1, name: 'Tweefactorcode' }).waitFor();
    await page.getByRole('button', { name: 'Probeer een andere manier' }).click();
    await page.getByRole('button', { name: 'Gebruik uw backupcode' }).click();
    await page.getByLabel('Backupcode').fill('abcde-fghjk-mnpqr-stuvw');
    await page.getByRole('button', { name: 'Inloggen →' }).click();
    // A wrong backup code is told next to its field, with help that fits a backup code.
    await page.getByText(/^Code is ongeldig\. Controleer of u de hele backupcode/).waitFor();
    expect(await page.getByLabel('Backupcode').getAttribute('aria-invalid')).toBe('true');
    await context.clearCookies();
    await page.getByRole('button', { name: 'Inloggen →' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in met bestaand account' }).waitFor();
    await page.getByText('De tijd om de tweefactorcode in te vullen is verlopen. Log opnieuw in.').waitFor();
    await signInWithPassword(owner);
    await passkeyAtTheStep();
  });

  it('takes an entrepreneur straight to the set-up when the municipality makes 2FA mandatory', async () => {
    // The municipality user (made by the operator) sets the policy through the API.
    officer = `gemeente.${Date.now()}@doetinchem.example`;
    const link = await createOperatorAccount(server.deps.db, server.baseUrl, { email: officer, role: 'municipality', municipality: 'GM0222' });
    const municipality = new ApiClient(server.baseUrl);
    await municipality.request('POST', '/api/password-resets/confirm', { code: new URL(link).searchParams.get('code'), password });
    expect((await municipality.request<{ status: string }>('POST', '/api/sessions', { email: officer, password })).body.status).toBe(
      'two-factor-setup-required',
    );
    const setup = await municipality.request<{ uri: string }>('POST', '/api/two-factor/totp/setup');
    officerSecret = new URL(setup.body.uri).searchParams.get('secret') ?? '';
    expect((await municipality.request('POST', '/api/two-factor/totp/confirm', { code: oathtool(officerSecret) })).status).toBe(200);
    // The new backup code is shown until the officer says it is stored ("Gereed").
    expect((await municipality.request('POST', '/api/two-factor/backup-code/stored')).status).toBe(204);
    expect((await municipality.request('PUT', '/api/municipality/two-factor-policy', { required: true })).status).toBe(200);

    entrepreneur = `nieuw.${Date.now()}@voorbeeld.nl`;
    await registerOwner(entrepreneur, 'GM0222');
    await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await signInWithPassword(entrepreneur);
    await page.getByText('Tweefactorauthenticatie is verplicht voor uw account.', { exact: false }).waitFor();
    // Nothing else is reachable first.
    await page.goto(`${server.baseUrl}/app/accommodatie`);
    await page.waitForURL(/\/app\/tweefactor\/instellen$/);
    // A frame of its own: only the set-up and "Uitloggen".
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Uitloggen' }).count()).toBe(1);
    await setUpApp();
    await page.waitForURL(/\/app$/);
  });

  it("lets the municipality reset an entrepreneur's 2FA from the user menu", async () => {
    await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await signInWithPassword(officer);
    await page.getByRole('heading', { level: 1, name: 'Tweefactorcode' }).waitFor();
    await page.getByLabel('Beveiligingscode').fill(oathtool(officerSecret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Inloggen →' }).click();
    await page.waitForURL(/\/app/);
    await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
    // The main menu has a "Gebruikers" link too; this is the user menu's.
    await page.locator('#user-menu').getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: `2FA resetten: ${entrepreneur}` }).click();
    await page.getByRole('alertdialog', { name: '2FA resetten' }).getByRole('button', { name: '2FA resetten' }).click();
    await page.getByText(`De 2FA van ${entrepreneur} is gereset.`, { exact: false }).waitFor();
    await mailbox.waitFor(entrepreneur, /Uw tweefactorauthenticatie is gereset/);
    // Mandatory in this municipality: the entrepreneur sets 2FA up again at the next sign-in.
    const again = await new ApiClient(server.baseUrl).request<{ status: string }>('POST', '/api/sessions', { email: entrepreneur, password });
    expect(again.body.status).toBe('two-factor-setup-required');
    // The policy the municipality set shows in its 2FA settings, where it can be changed.
    await page.goto(`${server.baseUrl}/app/tweefactor`);
    expect(await page.getByLabel('2FA verplicht voor ondernemers').isChecked()).toBe(true);
  });

  it('explains 2FA in the handbook, with the help for "Code is ongeldig"', async () => {
    await page.goto(`${server.baseUrl}/handleiding`);
    await page.getByRole('heading', { level: 2, name: 'Tweefactorauthenticatie', exact: true }).waitFor();
    for (const section of ['Handmatige code invoeren', '"Code is ongeldig"', 'Uw backupcode opslaan', 'Telefoon kwijt?', 'Onthouden apparaten']) {
      expect(await page.getByRole('heading', { level: 3, name: section, exact: true }).count()).toBe(1);
    }
    await page.goto(`${server.baseUrl}/app`);
    await page.getByRole('button', { name: /Gebruikersmenu/ }).waitFor();
  });

  it("lets an owner reset a staff user's 2FA from the user menu", async () => {
    // Inviting staff through the UI is the organisations journey's; here the rows are written directly.
    const staff = `medewerker.${Date.now()}@voorbeeld.nl`;
    const [ownerRow] = await server.deps.db.select().from(users).where(eq(users.email, owner));
    if (!ownerRow?.accommodationId) throw new Error('the owner has no accommodation');
    const [staffRow] = await server.deps.db
      .insert(users)
      .values({
        email: staff,
        role: 'staff',
        accommodationId: ownerRow.accommodationId,
        passwordHash: await hashPassword(password),
        emailConfirmedAt: new Date(),
      })
      .returning();
    if (!staffRow) throw new Error('no staff row');
    await server.deps.db.insert(accommodationMembers).values({ userId: staffRow.id, accommodationId: ownerRow.accommodationId });
    const staffApi = new ApiClient(server.baseUrl);
    await staffApi.request('POST', '/api/sessions', { email: staff, password });
    const setup = await staffApi.request<{ uri: string }>('POST', '/api/two-factor/totp/setup');
    const staffSecret = new URL(setup.body.uri).searchParams.get('secret') ?? '';
    expect((await staffApi.request('POST', '/api/two-factor/totp/confirm', { code: oathtool(staffSecret) })).status).toBe(200);

    await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await signInWithPassword(owner);
    await passkeyAtTheStep();
    await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
    // The main menu has a "Gebruikers" link too; this is the user menu's.
    await page.locator('#user-menu').getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('button', { name: `2FA resetten: ${staff}` }).click();
    await page.getByRole('alertdialog', { name: '2FA resetten' }).getByRole('button', { name: '2FA resetten' }).click();
    await page.getByText(`De 2FA van ${staff} is gereset.`, { exact: false }).waitFor();
    await mailbox.waitFor(staff, /Uw tweefactorauthenticatie is gereset/);
    expect((await staffApi.request('GET', '/api/session')).status).toBe(401);

    // At the next sign-in the staff member sets 2FA up again, but the password alone is not
    // enough: first the code mailed to their address, whose link fills it in.
    await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await signInWithPassword(staff);
    await page.getByRole('heading', { level: 1, name: 'Bevestig dat u het bent' }).waitFor();
    await expectAccessible(page);
    expect(await page.locator('img.nr-qr').count()).toBe(0);
    const mail = await mailbox.waitFor(staff, /Code om tweefactorauthenticatie opnieuw in te stellen/);
    const link = /https?:\/\/\S+\/app\/tweefactor\/instellen\?code=[0-9a-f]{48}/.exec(mail.text ?? '')?.[0] ?? '';
    expect(link).not.toBe('');
    await page.goto(link);
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.locator('img.nr-qr').waitFor();
    await page.getByTestId('totp-secret').waitFor();
  });
});
