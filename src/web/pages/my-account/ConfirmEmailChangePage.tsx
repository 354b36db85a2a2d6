// "Emailadres bevestigen": confirms a new email address with the code mailed to it (prefilled
// through ?code=… by the email's link), then offers the way to sign in with the new address.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { confirmEmailChangeSchema } from '../../../shared/schemas/my-account.ts';
import { confirmEmailChange } from '../../api/account.ts';
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
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { CODE_PROBLEMS } from '../../forms/code-problems.ts';

export function ConfirmEmailChangePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('myAccount.confirm.title'));
  const [searchParams] = useSearchParams();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [notice, setNotice] = useState<'codeUsed' | 'taken' | null>(null);
  const [changedTo, setChangedTo] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(confirmEmailChangeSchema),
    defaultValues: { code: searchParams.get('code') ?? '' },
  });

  const onSubmit = async ({ code }: { code: string }) => {
    setProblem(null);
    setNotice(null);
    try {
      setChangedTo((await confirmEmailChange(code)).email);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CODE_USED') setNotice('codeUsed');
      else if (error instanceof ApiError && error.code === 'EMAIL_TAKEN') setNotice('taken');
      else if (error instanceof ApiError && CODE_PROBLEMS.has(error.code)) {
        form.setError('code', { type: 'server', message: error.code }, { shouldFocus: true });
      } else setProblem(applyApiError(error, form.setError, ['code']));
    }
  };

  if (changedTo) {
    return (
      <>
        <PageHeading focusOnMount>{t('myAccount.confirm.heading')}</PageHeading>
        <Alert type="ok">
          <Paragraph>{t('myAccount.confirm.done', { email: changedTo })}</Paragraph>
        </Alert>
        <LinkGroup>
          <Link to="/inloggen">{t('myAccount.confirm.toLogin')}</Link>
        </LinkGroup>
      </>
    );
  }

  return (
    <>
      <PageHeading>{t('myAccount.confirm.heading')}</PageHeading>
      <Paragraph>{t('myAccount.confirm.intro')}</Paragraph>
      <Paragraph>{t('common.spamHint')}</Paragraph>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      {notice && (
        <Alert type="warning">
          <Paragraph>
            {t(notice === 'codeUsed' ? 'myAccount.confirm.codeUsed' : 'myAccount.confirm.taken')} <Link to="/inloggen">{t('common.backToLogin')}</Link>
          </Paragraph>
        </Alert>
      )}
      <Form form={form} onSubmit={onSubmit}>
        <TextField name="code" label={t('fields.code.label')} autoComplete="one-time-code" spellCheck={false} />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('myAccount.confirm.submit')}
          </Button>
        </div>
      </Form>
      <LinkGroup>
        <Link to="/inloggen">{t('common.backToLogin')}</Link>
      </LinkGroup>
    </>
  );
}
