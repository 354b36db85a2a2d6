// "Code invullen": confirms the email address with the code from the registration email. The
// email's link fills the code in through ?code=…; it can also be pasted by hand.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { confirmEmail } from '../../api/accounts.ts';
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
import { confirmEmailSchema } from '../../forms/schemas.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import type { LoginNotice } from '../sign-in/login-notice.ts';
import { CODE_PROBLEMS } from '../../forms/code-problems.ts';

export function ConfirmEmailPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('confirmEmail.title'));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [codeUsed, setCodeUsed] = useState(false);
  const form = useForm({
    resolver: zodResolver(confirmEmailSchema),
    defaultValues: { code: searchParams.get('code') ?? '' },
  });

  const onSubmit = async ({ code }: { code: string }) => {
    setProblem(null);
    setCodeUsed(false);
    try {
      await confirmEmail(code);
      const notice: LoginNotice = 'emailConfirmed';
      navigate('/inloggen', { state: { notice } });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CODE_USED') {
        setCodeUsed(true);
        return;
      }
      if (error instanceof ApiError && CODE_PROBLEMS.has(error.code)) {
        form.setError('code', { type: 'server', message: error.code }, { shouldFocus: true });
        return;
      }
      setProblem(applyApiError(error, form.setError, ['code']));
    }
  };

  return (
    <>
      <PageHeading>{t('confirmEmail.heading')}</PageHeading>
      <Paragraph>{t('confirmEmail.intro')}</Paragraph>
      <Paragraph>{t('common.spamHint')}</Paragraph>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      {codeUsed && (
        <Alert type="warning">
          <Paragraph>
            {t('confirmEmail.codeUsed')} <Link to="/inloggen">{t('common.backToLogin')}</Link>
          </Paragraph>
        </Alert>
      )}
      <Form form={form} onSubmit={onSubmit}>
        <TextField name="code" label={t('fields.code.label')} autoComplete="one-time-code" spellCheck={false} />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('confirmEmail.submit')}
          </Button>
        </div>
      </Form>
      <LinkGroup>
        <Link to="/code-opnieuw">{t('confirmEmail.noCode')}</Link>
        <Link to="/inloggen">{t('common.backToLogin')}</Link>
      </LinkGroup>
    </>
  );
}
