// "Ik heb geen code ontvangen.": asks for a new confirmation email. The answer is always the same,
// so nobody can find out which addresses have an account.
import { resendConfirmation } from '../../api/accounts.ts';
import { EmailRequestPage } from '../password-reset/EmailRequestPage.tsx';

export function ResendCodePage() {
  return <EmailRequestPage texts="resendCode" request={resendConfirmation} haveCodeTo="/code-invullen" />;
}
