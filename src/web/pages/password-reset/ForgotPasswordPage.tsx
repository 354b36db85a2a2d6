// "Wachtwoord vergeten": asks for a reset email. The answer is always the seed's one sentence,
// whether or not the address is known.
import { requestPasswordReset } from '../../api/accounts.ts';
import { EmailRequestPage } from './EmailRequestPage.tsx';

export function ForgotPasswordPage() {
  return <EmailRequestPage texts="forgotPassword" request={requestPasswordReset} haveCodeTo="/code-ontvangen" />;
}
