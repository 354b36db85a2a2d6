// "Inchecken en uitchecken" on the accommodation page: the times that decide who counts as present
// when nobody pressed "Inchecken" or "Uitchecken" (the fire brigade's list). The owner changes
// them here; staff see them.
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { houseTimesSchema, type HouseTimes } from '../../../shared/schemas/register.ts';
import { updateHouseTimes } from '../../api/presence.ts';
import type { Accommodation } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { DataList } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';

const FIELD_NAMES = ['checkInTime', 'checkOutTime'] as const;

interface HouseTimesSectionProps {
  accommodation: Accommodation;
  canChange: boolean;
  onSaved: (accommodation: Accommodation) => void;
}

function HouseTimesForm({ accommodation, onSaved }: Omit<HouseTimesSectionProps, 'canChange'>) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<HouseTimes>({
    resolver: zodResolver(houseTimesSchema),
    defaultValues: { checkInTime: accommodation.checkInTime, checkOutTime: accommodation.checkOutTime },
  });
  const onSubmit = async (values: HouseTimes) => {
    setProblem(null);
    setSaved(false);
    try {
      const { accommodation: updated } = await updateHouseTimes(values);
      form.reset({ checkInTime: updated.checkInTime, checkOutTime: updated.checkOutTime });
      setSaved(true);
      onSaved(updated);
    } catch (error) {
      setProblem(applyApiError(error, form.setError, FIELD_NAMES));
    }
  };
  return (
    <>
      {saved && (
        <Alert type="ok">
          <Paragraph>{t('houseTimes.saved')}</Paragraph>
        </Alert>
      )}
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit}>
        <TextField name="checkInTime" label={t('houseTimes.checkInTime')} description={t('houseTimes.checkInHint')} width="xs" required />
        <TextField name="checkOutTime" label={t('houseTimes.checkOutTime')} description={t('houseTimes.checkOutHint')} width="xs" required />
        <div className="nr-form-actions">
          <Button type="submit" appearance="secondary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('houseTimes.save')}
          </Button>
        </div>
      </Form>
    </>
  );
}

export function HouseTimesSection({ accommodation, canChange, onSaved }: HouseTimesSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <Heading level={2} id={id}>
        {t('houseTimes.heading')}
      </Heading>
      <Paragraph>{t('houseTimes.intro')}</Paragraph>
      {canChange ? (
        <HouseTimesForm accommodation={accommodation} onSaved={onSaved} />
      ) : (
        <DataList
          items={[
            { key: 'checkInTime', label: t('houseTimes.checkInTime'), value: accommodation.checkInTime },
            { key: 'checkOutTime', label: t('houseTimes.checkOutTime'), value: accommodation.checkOutTime },
          ]}
        />
      )}
    </section>
  );
}
