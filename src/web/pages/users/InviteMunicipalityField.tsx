// "Gemeente *" in the admin's invite form: every municipality, the one in the address
// (?gemeente=<id>, from "Eerste gebruiker uitnodigen") chosen beforehand.
import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { listManagedMunicipalities, type ManagedMunicipality } from '../../api/admin-municipalities.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { FormField } from '../../components/FormField.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { cx } from '../../components/classNames.ts';
import { apiErrorText, fieldErrorText } from '../../forms/error-text.ts';
import { useRemote } from '../../hooks/useRemote.ts';

const NAME = 'inviteMunicipality';

async function municipalitiesByName(): Promise<ManagedMunicipality[]> {
  return [...(await listManagedMunicipalities())].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export function InviteMunicipalityField({ preselect }: { preselect: string | null }) {
  const { t } = useTranslation();
  const { register, getFieldState, formState, getValues, setValue } = useFormContext();
  const { state, restart } = useRemote(municipalitiesByName);
  const code = getFieldState(NAME, formState).error?.message;
  // The shared message speaks of "your accommodation"; here the admin chooses for someone else.
  const error = code ? (code === 'MUNICIPALITY_INVALID' ? t('organisation.invite.municipalityRequired') : fieldErrorText(NAME, code)) : undefined;

  // The options arrive after the form was made: show the chosen one once it is there.
  useEffect(() => {
    if (state.status !== 'loaded') return;
    const wanted = getValues(NAME) || preselect;
    if (wanted && state.data.some((municipality) => municipality.id === wanted)) setValue(NAME, wanted);
  }, [state, preselect, getValues, setValue]);

  return (
    <>
      <FormField
        id="field-inviteMunicipality"
        label={t('organisation.invite.municipality')}
        description={t('organisation.invite.municipalityDescription')}
        required
        error={error}
      >
        {(aria) => (
          <select
            {...aria}
            {...register(NAME)}
            className={cx('utrecht-select', 'utrecht-select--html-select', error && 'utrecht-select--invalid', 'nr-width-lg')}
          >
            <option value="">
              {state.status === 'loading' ? t('organisation.invite.municipalityLoading') : t('organisation.invite.municipalityPlaceholder')}
            </option>
            {state.status === 'loaded' &&
              state.data.map((municipality) => (
                <option key={municipality.id} value={municipality.id}>
                  {municipality.active ? municipality.name : t('organisation.invite.inactiveMunicipality', { name: municipality.name })}
                </option>
              ))}
          </select>
        )}
      </FormField>
      {state.status === 'failed' && (
        <Alert type="error">
          <Paragraph>
            {t('organisation.invite.municipalitiesError')} {apiErrorText(state.error)}
          </Paragraph>
          <Button onClick={() => void restart()}>{t('common.retry')}</Button>
        </Alert>
      )}
    </>
  );
}
