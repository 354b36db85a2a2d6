// All parts of the stay form, for a new registration and for a correction alike.
import { useTranslation } from 'react-i18next';
import type { RegisterSettings, Unit } from '../../api/register.ts';
import { Paragraph } from '../../components/Paragraph.tsx';
import { CoTravellerFields } from '../../forms/stay/CoTravellerFields.tsx';
import { GuestFields } from '../../forms/stay/GuestFields.tsx';
import { stayCoTravellerTexts, stayGuestTexts } from './guest-texts.ts';
import { ResidencyFields } from './ResidencyFields.tsx';
import { StayFields } from './StayFields.tsx';

interface StayFormFieldsProps {
  units: readonly Unit[];
  settings: Pick<RegisterSettings, 'recordDocumentNumber' | 'municipality'>;
  currentUnitId?: string | null;
}

export function StayFormFields({ units, settings, currentUnitId }: StayFormFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph className="nr-required-note">{t('common.requiredFieldsNote')}</Paragraph>
      <StayFields units={units} currentUnitId={currentUnitId} />
      <GuestFields
        texts={stayGuestTexts(t)}
        recordDocumentNumber={settings.recordDocumentNumber}
        residency={<ResidencyFields municipalityName={settings.municipality.name} />}
      />
      <CoTravellerFields texts={stayCoTravellerTexts(t)} />
    </>
  );
}
