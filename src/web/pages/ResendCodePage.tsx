// "Ik heb geen code ontvangen.": asks for a new confirmation email. The answer is always the same,
// so nobody can find out which addresses have an account.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { resendConfirmation } from '../api/accounts.ts';
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

export function ResendCodePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('resendCode.title'));
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm({ resolver: zodResolver(emailOnlySchema), defaultValues: { email: '' } });

  const onSubmit = async ({ email }: { email: string }) => {
    setProblem(null);
    setSent(false);
    try {
      await resendConfirmation(email);
      setSent(true);
    } catch (error) {
      setProblem(applyApiError(error, form.setError, ['email']));
    }
  };

  return (
    <>
      <PageHeading>{t('resendCode.heading')}</PageHeading>
      {sent ? (
        <Alert type="ok">
          <Paragraph>{t('resendCode.done')}</Paragraph>
        </Alert>
      ) : (
        <Paragraph>{t('resendCode.intro')}</Paragraph>
      )}
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit}>
        <TextField name="email" label={t('fields.loginEmail.label')} type="email" autoComplete="email" spellCheck={false} />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('resendCode.submit')}
          </Button>
        </div>
      </Form>
      <LinkGroup>
        <Link to="/code-invullen">{t('resendCode.haveCode')}</Link>
        <Link to="/inloggen">{t('common.backToLogin')}</Link>
      </LinkGroup>
    </>
  );
}
