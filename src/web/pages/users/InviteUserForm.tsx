// The form of "Gebruiker uitnodigen": address, optional name and role (owner: Medewerker /
// Eigenaar; municipality user and admin: Gemeentemedewerker / Inspecteur; the admin also picks
// the municipality). Problems appear next to the fields, with everything typed kept.
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { sendInvitation, type InvitationOutcome } from '../../api/invitations.ts';
import type { Role } from '../../api/types.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import {
  INVITE_FIELD_NAMES,
  invitableRoles,
  inviteFormSchema,
  toInvitationRequest,
  withFormFieldNames,
  type InviteFormOutput,
  type InviteFormValues,
} from './invite-form.ts';
import { InviteMunicipalityField } from './InviteMunicipalityField.tsx';

interface InviteUserFormProps {
  viewer: Role;
  /** The municipality to choose beforehand in the admin's form. */
  preselectedMunicipality: string | null;
  onSent: (outcome: InvitationOutcome, municipalityId: string) => void;
}

export function InviteUserForm({ viewer, preselectedMunicipality, onSent }: InviteUserFormProps) {
  const { t } = useTranslation();
  const needsMunicipality = viewer === 'admin';
  const schema = useMemo(() => inviteFormSchema(needsMunicipality), [needsMunicipality]);
  // The least rights by default: an owner mostly invites staff.
  const defaultValues: InviteFormValues = {
    inviteEmail: '',
    inviteName: '',
    inviteRole: viewer === 'owner' ? 'staff' : '',
    inviteMunicipality: preselectedMunicipality ?? '',
  };
  const form = useForm({ resolver: zodResolver(schema), defaultValues });
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const roleOptions = invitableRoles(viewer).map((role) => ({ value: role, label: t(`organisation.roles.${role}`) }));

  const onSubmit = async (values: InviteFormOutput) => {
    setProblem(null);
    try {
      onSent(await sendInvitation(toInvitationRequest(values, needsMunicipality)), values.inviteMunicipality);
    } catch (error) {
      setProblem(applyApiError(withFormFieldNames(error), form.setError, INVITE_FIELD_NAMES));
    }
  };

  return (
    <>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit} label={t('organisation.invite.heading')}>
        <Paragraph className="nr-required-note">{t('common.requiredFieldsNote')}</Paragraph>
        <TextField name="inviteEmail" label={t('organisation.invite.email')} type="email" required autoComplete="off" spellCheck={false} />
        <TextField name="inviteName" label={t('organisation.invite.name')} description={t('organisation.invite.nameDescription')} autoComplete="off" />
        <SelectField
          name="inviteRole"
          label={t('organisation.invite.role')}
          description={viewer === 'owner' ? t('organisation.invite.roleDescriptionOwner') : t('organisation.invite.roleDescriptionMunicipality')}
          placeholder={t('organisation.invite.rolePlaceholder')}
          options={roleOptions}
          required
        />
        {needsMunicipality && <InviteMunicipalityField preselect={preselectedMunicipality} />}
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('organisation.invite.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
