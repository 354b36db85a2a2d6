// A page that asks for an email address and always answers the same, whether or not the address
// is known (no account enumeration): "Wachtwoord vergeten" and "Ik heb geen code ontvangen.".
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
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
import { emailOnlySchema } from '../../forms/schemas.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';

interface EmailRequestPageProps {
  /** The catalog section with title, heading, intro, submit, done and haveCode. */
  texts: 'forgotPassword' | 'resendCode';
  request: (email: string) => Promise<unknown>;
  /** Where "Ik heb al een code ontvangen." leads. */
  haveCodeTo: string;
}

export function EmailRequestPage({ texts, request, haveCodeTo }: EmailRequestPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t(`${texts}.title`));
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm({ resolver: zodResolver(emailOnlySchema), defaultValues: { email: '' } });

  const onSubmit = async ({ email }: { email: string }) => {
    setProblem(null);
    setSent(false);
    try {
      await request(email);
      setSent(true);
    } catch (error) {
      setProblem(applyApiError(error, form.setError, ['email']));
    }
  };

  return (
    <>
      <PageHeading>{t(`${texts}.heading`)}</PageHeading>
      {sent ? (
        <Alert type="ok">
          <Paragraph>{t(`${texts}.done`)}</Paragraph>
        </Alert>
      ) : (
        <Paragraph>{t(`${texts}.intro`)}</Paragraph>
      )}
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit}>
        <TextField name="email" label={t('fields.loginEmail.label')} type="email" autoComplete="email" spellCheck={false} />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t(`${texts}.submit`)}
          </Button>
        </div>
      </Form>
      <LinkGroup>
        <Link to={haveCodeTo}>{t(`${texts}.haveCode`)}</Link>
        <Link to="/inloggen">{t('common.backToLogin')}</Link>
      </LinkGroup>
    </>
  );
}
