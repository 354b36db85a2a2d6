// "Handtekeningen" on a stay's page: who must sign (art. 45) and how each did — on the screen
// (the image), on paper (seen by whom) — or "Handtekening ontbreekt" with a box to sign now at
// the desk or "Op papier". Each signature saved is a new version of the stay.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signatureUrl, signStay, type Stay, type StaySigner } from '../../api/register.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDateTime } from '../../i18n/format-date.ts';
import { PersonSignatureFields, signatureInput, UNSIGNED, type DeskSignature } from './PersonSignatureFields.tsx';

const nameOf = (signer: StaySigner) => `${signer.initials} ${signer.surname}`;

function SignNow({ stay, signer, onSigned }: { stay: Stay; signer: StaySigner; onSigned: (name: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<DeskSignature>(UNSIGNED);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const save = async () => {
    const input = signatureInput(signer.person, value);
    setMissing(!input);
    if (!input) return;
    setBusy(true);
    setError(null);
    try {
      await signStay(stay.id, input);
      onSigned(nameOf(signer));
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ErrorAlert error={error} />
      <PersonSignatureFields
        id={`sign-${signer.person}`}
        name={nameOf(signer)}
        value={value}
        onChange={setValue}
        error={missing ? t('errors.SIGNATURE_REQUIRED') : null}
      />
      <Button appearance="primary-action" busy={busy} disabled={busy} onClick={() => void save()}>
        {t('nightRegister.signatures.save')}
      </Button>
    </>
  );
}

function SignerState({ stay, signer }: { stay: Stay; signer: StaySigner }) {
  const { t } = useTranslation();
  const { signed } = signer;
  if (!signed) return <Paragraph>{t('nightRegister.signatures.notSigned')}</Paragraph>;
  const when = formatDateTime(signed.signedAt);
  return (
    <>
      <Paragraph>
        {signed.method === 'paper'
          ? t('nightRegister.signatures.signedOnPaper', { when, witness: signed.witnessName ?? '—' })
          : t('nightRegister.signatures.signedOnScreen', { when })}
      </Paragraph>
      {signed.image && (
        <img className="nr-signature" src={signatureUrl(stay.id, signer.person)} alt={t('nightRegister.signatures.imageAlt', { name: nameOf(signer) })} />
      )}
    </>
  );
}

export function StaySignatures({ stay, onSigned }: { stay: Stay; onSigned: (name: string) => void }) {
  const { t } = useTranslation();
  if (stay.signers.length === 0) return null;
  const open = stay.status !== 'cancelled' && !stay.erased;
  return (
    <Section title={t('nightRegister.signatures.heading')}>
      <Paragraph>
        {stay.signatureStatus === 'missing' ? <strong>{t('nightRegister.signatures.missing')}</strong> : t('nightRegister.signatures.complete')}
      </Paragraph>
      {stay.signers.map((signer) => (
        <div key={signer.person}>
          <h3 className="utrecht-heading-3">{t('nightRegister.signatures.person', { name: nameOf(signer) })}</h3>
          <SignerState stay={stay} signer={signer} />
          {!signer.signed && open && <SignNow stay={stay} signer={signer} onSigned={onSigned} />}
        </div>
      ))}
    </Section>
  );
}
