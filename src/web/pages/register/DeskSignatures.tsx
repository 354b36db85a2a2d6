// "Handtekeningen" in "Nieuwe registratie": a box (or "Op papier") for each person the stay form
// says must sign (art. 45; shared rule in shared/register/signatures.ts), updated as the guests'
// nationality, the co-travellers' relation and their dates of birth are typed.
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { signersOf } from '../../../shared/register/signatures.ts';
import { FormSection } from '../../components/FormSection.tsx';
import { PersonSignatureFields, UNSIGNED, type DeskSignature } from './PersonSignatureFields.tsx';
import type { StayFormValues } from './stay-form.ts';

export type DeskSignatures = Record<number, DeskSignature>;

export function useSigners() {
  const { control } = useFormContext<StayFormValues>();
  const [arrival, guest, coTravellers] = useWatch({ control, name: ['arrival', 'guest', 'coTravellers'] });
  return signersOf({ arrival, guest, coTravellers });
}

export function DeskSignatureFields({ value, onChange }: { value: DeskSignatures; onChange: (value: DeskSignatures) => void }) {
  const { t } = useTranslation();
  const signers = useSigners();
  if (signers.length === 0) return null;
  return (
    <FormSection title={t('nightRegister.signatures.heading')} intro={t('nightRegister.signatures.deskIntro')}>
      {signers.map((signer) => (
        <PersonSignatureFields
          key={signer.person}
          id={`desk-signature-${signer.person}`}
          name={`${signer.initials} ${signer.surname}`.trim() || t('nightRegister.detail.guestHeading')}
          value={value[signer.person] ?? UNSIGNED}
          onChange={(next) => onChange({ ...value, [signer.person]: next })}
        />
      ))}
    </FormSection>
  );
}
