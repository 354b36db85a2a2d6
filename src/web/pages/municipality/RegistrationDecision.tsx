// The decision on a registration that waits for approval: "Goedkeuren", or "Afwijzen" with the
// reason the owners read in their email (required; the shared rule says so next to the field).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { rejectionSchema } from '../../../shared/schemas/organisations.ts';
import { approveRegistration, rejectRegistration } from '../../api/municipality-portal.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';

interface RegistrationDecisionProps {
  accommodationId: string;
  onDecided: (approved: boolean) => void;
}

export function RegistrationDecision({ accommodationId, onDecided }: RegistrationDecisionProps) {
  const { t } = useTranslation();
  const [approving, setApproving] = useState(false);
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm({ resolver: zodResolver(rejectionSchema), defaultValues: { reason: '' } });

  const approve = async () => {
    setProblem(null);
    setApproving(true);
    try {
      await approveRegistration(accommodationId);
      onDecided(true);
    } catch (error) {
      setProblem({ error, otherFields: {} });
      setApproving(false);
    }
  };

  const reject = async ({ reason }: { reason: string }) => {
    setProblem(null);
    try {
      await rejectRegistration(accommodationId, reason);
      onDecided(false);
    } catch (error) {
      setProblem(applyApiError(error, form.setError, ['reason']));
    }
  };

  const rejecting = form.formState.isSubmitting;
  return (
    <section className="nr-section" aria-labelledby="decision-heading">
      <Heading level={2} id="decision-heading">
        {t('portal.detail.decisionHeading')}
      </Heading>
      <Paragraph>{t('portal.detail.decisionIntro')}</Paragraph>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <div className="nr-form-actions">
        <Button appearance="primary-action" onClick={() => void approve()} busy={approving} disabled={approving || rejecting}>
          {t('portal.detail.approve')}
        </Button>
      </div>
      <div className="nr-inline-form">
        <Form form={form} onSubmit={reject}>
          <TextAreaField name="reason" label={t('portal.detail.reason')} description={t('portal.detail.reasonDescription')} required />
          <div className="nr-form-actions">
            <Button type="submit" busy={rejecting} disabled={approving || rejecting}>
              {t('portal.detail.reject')}
            </Button>
          </div>
        </Form>
      </div>
    </section>
  );
}
