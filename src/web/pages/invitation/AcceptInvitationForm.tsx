// Accepting an invitation: the invitee chooses a name (suggested by the inviter) and a password.
// Password problems appear next to the field, with everything typed kept.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { acceptInvitationSchema } from '../../../shared/schemas/organisations.ts';
import { acceptInvitation } from '../../api/invitations.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { invitationProblemOf, type InvitationProblemCode } from './invitation-problems.ts';

const formSchema = acceptInvitationSchema.omit({ token: true });

interface AcceptInvitationFormProps {
  token: string;
  suggestedName: string | null;
  onAccepted: () => void;
  onProblem: (problem: InvitationProblemCode) => void;
}

export function AcceptInvitationForm({ token, suggestedName, onAccepted, onProblem }: AcceptInvitationFormProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm({ resolver: zodResolver(formSchema), defaultValues: { name: suggestedName ?? '', password: '' } });

  const onSubmit = async (values: { name: string; password: string }) => {
    setProblem(null);
    try {
      await acceptInvitation(token, values.name, values.password);
      onAccepted();
    } catch (error) {
      const linkProblem = invitationProblemOf(error);
      if (linkProblem) {
        onProblem(linkProblem);
        return;
      }
      setProblem(applyApiError(error, form.setError, ['name', 'password']));
    }
  };

  return (
    <>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit}>
        <Paragraph className="nr-required-note">{t('common.requiredFieldsNote')}</Paragraph>
        <TextField name="name" label={t('organisation.acceptInvitation.name')} required autoComplete="name" />
        <TextField
          name="password"
          label={t('organisation.acceptInvitation.password')}
          description={t('fields.password.description')}
          type="password"
          required
          autoComplete="new-password"
        />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('organisation.acceptInvitation.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
