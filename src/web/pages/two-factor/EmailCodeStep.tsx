// The first step of setting 2FA up again after a reset: the code mailed to the account's address
// (the password alone never binds a new factor). The mail's link fills the code in through
// ?code=…; it can also be pasted by hand, and sent again.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { sendEmailCode, verifyEmailCode } from '../../api/two-factor.ts';
import { ApiError } from '../../api/client.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { confirmEmailSchema } from '../../forms/schemas.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { CODE_PROBLEMS } from '../../forms/code-problems.ts';

export function EmailCodeStep({ onProven }: { onProven: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('twoFactor.emailCode.title'));
  const [searchParams] = useSearchParams();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [sent, setSent] = useState(false);
  const form = useForm({ resolver: zodResolver(confirmEmailSchema), defaultValues: { code: searchParams.get('code') ?? '' } });

  const onSubmit = async ({ code }: { code: string }) => {
    setProblem(null);
    try {
      await verifyEmailCode(code);
      onProven();
    } catch (error) {
      if (error instanceof ApiError && CODE_PROBLEMS.has(error.code)) {
        form.setError('code', { type: 'server', message: error.code }, { shouldFocus: true });
        return;
      }
      setProblem(applyApiError(error, form.setError, ['code']));
    }
  };

  const sendAgain = async () => {
    setProblem(null);
    setSent(false);
    try {
      await sendEmailCode();
      setSent(true);
    } catch (error) {
      setProblem({ error, otherFields: {} });
    }
  };

  return (
    <>
      <PageHeading focusOnMount>{t('twoFactor.emailCode.heading')}</PageHeading>
      <Paragraph lead>{t('twoFactor.emailCode.intro')}</Paragraph>
      <Paragraph>{t('common.spamHint')}</Paragraph>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      {sent && <Alert type="ok">{t('twoFactor.emailCode.sent')}</Alert>}
      <Form form={form} onSubmit={onSubmit}>
        <TextField name="code" label={t('fields.code.label')} autoComplete="one-time-code" spellCheck={false} />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('twoFactor.emailCode.submit')}
          </Button>
          <Button onClick={() => void sendAgain()}>{t('twoFactor.emailCode.noCode')}</Button>
        </div>
      </Form>
    </>
  );
}
