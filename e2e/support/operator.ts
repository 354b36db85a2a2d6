// The first sign-in of an account the operator made (municipality user, inspector, admin): the password
// chosen through the one-time link, then the two-factor set-up these roles are taken through,
// with the QR code read by zbarimg and the code from oathtool.
import type { Page } from 'playwright-core';
import type { Db } from '../../src/server/db/client.ts';
import { createOperatorAccount } from '../../src/server/modules/organisations/users/create-operator-account.ts';
import { oathtool, readQrCode } from './authenticator.ts';
import { submitSignIn } from './sign-in.ts';

export async function firstSignInAsOperator(
  page: Page,
  server: { baseUrl: string; deps: { db: Db } },
  account: { email: string; password: string; role: 'municipality' | 'inspector' | 'admin'; municipality: string },
  /** The server's clock when a journey fixes it: the link is issued and the app's code computed at its instant. */
  now: () => Date = () => new Date(),
): Promise<void> {
  const link = await createOperatorAccount(
    server.deps.db,
    server.baseUrl,
    { email: account.email, role: account.role, municipality: account.municipality },
    now(),
  );
  await page.goto(link);
  await page.getByLabel('Nieuw wachtwoord').fill(account.password);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('Uw wachtwoord is gewijzigd. U kunt nu inloggen met uw nieuwe wachtwoord.').waitFor();
  await submitSignIn(page, server.baseUrl, account.email, account.password);
  await page.waitForURL(/\/app\/tweefactor\/instellen$/);
  const secret = new URL(await readQrCode(page.getByRole('img', { name: 'QR-code' }))).searchParams.get('secret') ?? '';
  await page.getByLabel('Beveiligingscode').fill(oathtool(secret, now()));
  await page.getByRole('button', { name: 'Volgende' }).click();
  // Seed 000 step 5, optional: no phone number for SMS here.
  await page.getByRole('button', { name: 'Overslaan' }).click();
  await page.getByLabel('Ik heb de code gekopieerd en veilig opgeslagen.').check();
  await page.getByRole('button', { name: 'Gereed' }).click();
  await page.waitForURL(/\/app$/);
}
