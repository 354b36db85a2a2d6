// "Gemeente *": the participating municipalities, loaded from the API, sorted by name.
import { useTranslation } from 'react-i18next';
import { listMunicipalities } from '../api/municipalities.ts';
import { Button } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { Paragraph } from '../components/Paragraph.tsx';
import { apiErrorText } from './error-text.ts';
import { SelectField } from '../components/SelectField.tsx';
import { useRemote } from '../hooks/useRemote.ts';

export function MunicipalityField() {
  const { t } = useTranslation();
  const { state, restart } = useRemote(listMunicipalities);

  const options = state.status === 'loaded' ? state.data.map((municipality) => ({ value: municipality.id, label: municipality.name })) : [];

  return (
    <>
      <SelectField
        name="municipalityId"
        label={t('fields.municipalityId.label')}
        description={t('fields.municipalityId.description')}
        placeholder={state.status === 'loading' ? t('fields.municipalityId.loading') : t('fields.municipalityId.placeholder')}
        options={options}
        required
      />
      {state.status === 'failed' && (
        <Alert type="error">
          <Paragraph>
            {t('signUp.municipalitiesError')} {apiErrorText(state.error)}
          </Paragraph>
          <Button onClick={() => void restart()}>{t('common.retry')}</Button>
        </Alert>
      )}
    </>
  );
}
