// All parts of the stay form, for a new registration and for a correction alike.
import { useTranslation } from 'react-i18next';
import type { RegisterSettings, Unit } from '../../api/register.ts';
import { Paragraph } from '../../components/Paragraph.tsx';
import { CoTravellerFields } from '../../forms/stay/CoTravellerFields.tsx';
import { GuestFields } from '../../forms/stay/GuestFields.tsx';
import { stayCoTravellerTexts, stayGuestTexts } from './guest-texts.ts';
import { ResidencyFields } from './ResidencyFields.tsx';
import { StayFields } from './StayFields.tsx';
import { formRulesOf } from './stay-form.ts';

interface StayFormFieldsProps {
  units: readonly Unit[];
  settings: Pick<RegisterSettings, 'recordDocumentNumber' | 'askDateOfBirth' | 'askNationality' | 'apvCitation' | 'municipality'>;
  currentUnitId?: string | null;
}

export function StayFormFields({ units, settings, currentUnitId }: StayFormFieldsProps) {
  const { t } = useTranslation();
  const rules = formRulesOf(settings);
  return (
    <>
      <Paragraph className="nr-required-note">{t('common.requiredFieldsNote')}</Paragraph>
      <StayFields units={units} currentUnitId={currentUnitId} askDateOfBirth={settings.askDateOfBirth} />
      <GuestFields texts={stayGuestTexts(t)} rules={rules} residency={<ResidencyFields municipalityName={settings.municipality.name} />} />
      <CoTravellerFields texts={stayCoTravellerTexts(t)} rules={rules} />
    </>
  );
}
