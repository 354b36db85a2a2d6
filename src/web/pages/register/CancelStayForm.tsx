// "Annuleren" asks why: the reason is kept in the stay's history. The stay keeps its number.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { cancelStay, type Stay } from '../../api/register.ts';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { reasonSchema } from './stay-form.ts';
import { StayChangeForm } from './StayChangeForm.tsx';

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
    <StayChangeForm
      id="cancel-stay"
      heading={t('nightRegister.detail.cancelHeading', { number: stay.number })}
      intro={t('nightRegister.detail.cancelIntro')}
      form={form}
      problem={problem}
      onSubmit={onSubmit}
      submitLabel={t('nightRegister.detail.cancelSubmit')}
      backLabel={t('nightRegister.detail.keep')}
      onBack={onKeep}
      inline
    >
      <TextAreaField name="reason" id="cancel-reason" label={t('nightRegister.detail.cancelReason')} required rows={3} />
    </StayChangeForm>
  );
}
