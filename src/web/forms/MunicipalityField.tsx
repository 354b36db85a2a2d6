// "Gemeente *": the participating municipalities, loaded from the API, sorted by name.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listMunicipalities } from '../api/municipalities.ts';
import type { Municipality } from '../api/types.ts';
import { Button } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { Paragraph } from '../components/Paragraph.tsx';
import { apiErrorText } from './error-text.ts';
import { SelectField } from '../components/SelectField.tsx';

type LoadState = { status: 'loading' } | { status: 'loaded'; municipalities: Municipality[] } | { status: 'failed'; error: unknown };

export function MunicipalityField() {
  const { t } = useTranslation();
  const [state, setState] = useState<LoadState>({ status: 'loading' });

  const load = useCallback(async () => {
    setState({ status: 'loading' });
    try {
      setState({ status: 'loaded', municipalities: await listMunicipalities() });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const options =
    state.status === 'loaded' ? state.municipalities.map((municipality) => ({ value: municipality.id, label: municipality.name })) : [];

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
          <Button onClick={() => void load()}>{t('common.retry')}</Button>
        </Alert>
      )}
    </>
  );
}
