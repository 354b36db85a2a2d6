// "Wachtwoord vergeten": asks for a reset email. The answer is always the seed's one sentence,
// whether or not the address is known.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { requestPasswordReset } from '../api/accounts.ts';
import { Alert } from '../components/Alert.tsx';
import { Button } from '../components/Button.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Form } from '../components/Form.tsx';
import { PageHeading } from '../components/Heading.tsx';
import { Link } from '../components/Link.tsx';
import { LinkGroup } from '../components/LinkGroup.tsx';
import { Paragraph } from '../components/Paragraph.tsx';
import { TextField } from '../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../forms/apply-api-error.ts';
import { emailOnlySchema } from '../forms/schemas.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forgotPassword.title'));
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm({ resolver: zodResolver(emailOnlySchema), defaultValues: { email: '' } });

  const onSubmit = async ({ email }: { email: string }) => {
    setProblem(null);
    setSent(false);
    try {
      await requestPasswordReset(email);
      setSent(true);
    } catch (error) {
      setProblem(applyApiError(error, form.setError, ['email']));
    }
  };

  return (
    <>
      <PageHeading>{t('forgotPassword.heading')}</PageHeading>
      {sent ? (
        <Alert type="ok">
          <Paragraph>{t('forgotPassword.done')}</Paragraph>
        </Alert>
      ) : (
        <Paragraph>{t('forgotPassword.intro')}</Paragraph>
      )}
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit}>
        <TextField name="email" label={t('fields.loginEmail.label')} type="email" autoComplete="email" spellCheck={false} />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('forgotPassword.submit')}
          </Button>
        </div>
      </Form>
      <LinkGroup>
        <Link to="/code-ontvangen">{t('forgotPassword.haveCode')}</Link>
        <Link to="/inloggen">{t('common.backToLogin')}</Link>
      </LinkGroup>
    </>
  );
}
