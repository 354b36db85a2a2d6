// Signing in and out through the UI, as a user does it: the seed's labels on the sign-in page,
// "Uitloggen" in the user menu.
import type { Page } from 'playwright-core';

/** Fills in "Log in met bestaand account" and presses "Inloggen →"; what follows is the caller's. */
export async function submitSignIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel('Emailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen →' }).click();
}

export async function signOutThroughMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Log in met bestaand account' }).waitFor();
}
