// Starting points of journeys, made through the same API the web app uses: a participating
// municipality's id, and a confirmed owner account (registered, then confirmed with the code from
// the mail that arrived in the test's SMTP server).
import { expect } from 'vitest';
import { ApiClient } from './api.ts';
import type { Mailbox } from './mailbox.ts';

export async function municipalityId(baseUrl: string, code: string): Promise<string> {
  const list = await new ApiClient(baseUrl).request<{ municipalities: { id: string; code: string }[] }>('GET', '/api/municipalities');
  const found = list.body.municipalities.find((m) => m.code === code);
  if (!found) throw new Error(`no municipality ${code}`);
  return found.id;
}

export interface OwnerAccount {
  email: string;
  password: string;
  companyName?: string;
  /** CBS code of the municipality the accommodation lies in (default GM0222 Doetinchem). */
  cbsCode?: string;
}

export async function registerConfirmedOwner(baseUrl: string, mailbox: Mailbox, account: OwnerAccount): Promise<void> {
  const api = new ApiClient(baseUrl);
  const registered = await api.request('POST', '/api/registrations', {
    companyName: account.companyName ?? 'Camping De Vlinder',
    address: 'Bosweg 3',
    postcode: '7001 AB',
    city: 'Doetinchem',
    kvkNumber: '',
    phone: '',
    beds: 120,
    accommodationType: 'campsite',
    municipalityId: await municipalityId(baseUrl, account.cbsCode ?? 'GM0222'),
    email: account.email,
    password: account.password,
  });
  expect(registered.status).toBe(201);
  const mail = await mailbox.waitFor(account.email, /Bevestig uw emailadres/);
  const code = /code=([0-9a-f]{48})/.exec(String(mail.text))?.[1];
  expect((await api.request('POST', '/api/email-confirmations', { code })).status).toBe(200);
}
