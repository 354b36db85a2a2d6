// "Code ontvangen": sets a new password with the code from the reset email (prefilled through
// ?code=… by the email's link), then back to signing in.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { resetPassword } from '../../api/accounts.ts';
import { ApiError } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LinkGroup } from '../../components/LinkGroup.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { resetPasswordSchema } from '../../forms/schemas.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import type { LoginNotice } from '../sign-in/login-notice.ts';
import { CODE_PROBLEMS } from '../../forms/code-problems.ts';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('resetPassword.title'));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { code: searchParams.get('code') ?? '', password: '' },
  });

  const onSubmit = async ({ code, password }: { code: string; password: string }) => {
    setProblem(null);
    try {
      await resetPassword(code, password);
      const notice: LoginNotice = 'passwordChanged';
      navigate('/inloggen', { state: { notice } });
    } catch (error) {
      if (error instanceof ApiError && CODE_PROBLEMS.has(error.code)) {
        form.setError('code', { type: 'server', message: error.code }, { shouldFocus: true });
        return;
      }
      setProblem(applyApiError(error, form.setError, ['code', 'password']));
    }
  };

  return (
    <>
      <PageHeading>{t('resetPassword.heading')}</PageHeading>
      <Paragraph>{t('resetPassword.intro')}</Paragraph>
      <Paragraph>{t('common.spamHint')}</Paragraph>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit}>
        <TextField name="code" label={t('fields.code.label')} autoComplete="one-time-code" spellCheck={false} />
        <TextField
          name="password"
          id="field-new-password"
          label={t('fields.newPassword.label')}
          description={t('fields.newPassword.description')}
          type="password"
          autoComplete="new-password"
        />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('resetPassword.submit')}
          </Button>
        </div>
      </Form>
      <LinkGroup>
        <Link to="/wachtwoord-vergeten">{t('resetPassword.noCode')}</Link>
        <Link to="/inloggen">{t('common.backToLogin')}</Link>
      </LinkGroup>
    </>
  );
}
