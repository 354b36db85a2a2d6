// "Annuleren" asks why: the reason is kept in the stay's history. The stay keeps its number.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { cancelStay, type Stay } from '../../api/register.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { reasonSchema } from './stay-form.ts';

const cancelSchema = z.object({ reason: reasonSchema });

interface CancelStayFormProps {
  stay: Stay;
  onCancelled: () => void;
  onKeep: () => void;
}

export function CancelStayForm({ stay, onCancelled, onKeep }: CancelStayFormProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm<{ reason: string }>({ resolver: zodResolver(cancelSchema), defaultValues: { reason: '' } });

  const onSubmit = async ({ reason }: { reason: string }) => {
    setProblem(null);
    try {
      await cancelStay(stay.id, reason);
      onCancelled();
    } catch (error) {
      setProblem(applyApiError(error, form.setError, ['reason']));
    }
  };

  return (
    <section className="nr-section nr-inline-form" aria-labelledby="cancel-stay-heading">
      <Heading level={2} id="cancel-stay-heading" focusOnMount>
        {t('nightRegister.detail.cancelHeading', { number: stay.number })}
      </Heading>
      <Paragraph>{t('nightRegister.detail.cancelIntro')}</Paragraph>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit}>
        <TextAreaField name="reason" id="cancel-reason" label={t('nightRegister.detail.cancelReason')} required rows={3} />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('nightRegister.detail.cancelSubmit')}
          </Button>
          <Button appearance="subtle" onClick={onKeep}>
            {t('nightRegister.detail.keep')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
