// "Log in met bestaand account": the sign-in page of the DNR manual, with the notices other
// journeys leave here and the help for an email address that is not confirmed yet.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { signIn } from '../../api/accounts.ts';
import { ApiError } from '../../api/client.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LinkGroup } from '../../components/LinkGroup.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { loginSchema } from '../../forms/schemas.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { loginNoticeFrom, redirectTargetFrom } from './login-notice.ts';
import { SET_UP_PATH, STEP_PATH } from '../two-factor/paths.ts';
import { UnconfirmedEmailHelp } from '../email-confirmation/UnconfirmedEmailHelp.tsx';

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const location = useLocation();
  const navigate = useNavigate();
  const { refresh } = useSession();
  const notice = loginNoticeFrom(location.state);
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [unconfirmedEmail, setUnconfirmedEmail] = useState<string | null>(null);

  const form = useForm({ resolver: zodResolver(loginSchema), defaultValues: { email: '', password: '' } });

  const onSubmit = async (values: { email: string; password: string }) => {
    setProblem(null);
    setUnconfirmedEmail(null);
    try {
      const result = await signIn(values.email, values.password);
      // The session's state follows in every case, so the application's guard knows it too.
      await refresh();
      if (result.status === 'two-factor-required') {
        navigate(STEP_PATH, { state: location.state });
        return;
      }
      if (result.status === 'two-factor-setup-required') {
        navigate(SET_UP_PATH, { replace: true });
        return;
      }
      navigate(redirectTargetFrom(location.state), { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'EMAIL_NOT_CONFIRMED') {
        setUnconfirmedEmail(values.email);
        return;
      }
      setProblem(applyApiError(error, form.setError, ['email', 'password']));
    }
  };

  return (
    <>
      <PageHeading>{t('login.heading')}</PageHeading>
      <Paragraph>
        <Link to="/registreren">{t('login.registerLink')}</Link>
      </Paragraph>
      {notice && !problem && !unconfirmedEmail && (
        <Alert type={notice === 'sessionRequired' || notice === 'sessionExpired' || notice === 'twoFactorExpired' ? 'info' : 'ok'}>
          {t(`login.notices.${notice}`)}
        </Alert>
      )}
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      {unconfirmedEmail && <UnconfirmedEmailHelp email={unconfirmedEmail} />}
      <Form form={form} onSubmit={onSubmit}>
        <TextField name="email" label={t('fields.loginEmail.label')} type="email" autoComplete="email" spellCheck={false} />
        <TextField name="password" label={t('fields.loginPassword.label')} type="password" autoComplete="current-password" />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('login.submit')}
          </Button>
        </div>
      </Form>
      <LinkGroup>
        <Link to="/wachtwoord-vergeten">{t('login.forgotPassword')}</Link>
        <Link to="/handleiding">{t('login.handbook')}</Link>
      </LinkGroup>
    </>
  );
}
