// "Uw backupcode opslaan" (Visma seed): the one-time code, shown once, with "Gereed" only after
// the user confirms having stored it; and, after a change of factor, the offer to sign out
// everywhere else (ASVS 7.4.3). It replaces the page it appears on, so focus moves to its heading.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupCodeStored, signOutElsewhere } from '../../api/two-factor.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { Checkbox } from './Checkbox.tsx';
import { CopyButton } from './CopyButton.tsx';

/** `replaced`: the code stands in for one just used to sign in (said first, so the old one is not kept). */
export function BackupCodePanel({ code, onDone, replaced = false }: { code: string; onDone: () => void; replaced?: boolean }) {
  const { t } = useTranslation();
  useDocumentTitle(t('twoFactor.backup.title'));
  const [stored, setStored] = useState(false);
  const [signedOutOthers, setSignedOutOthers] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // Until "Gereed" the server keeps showing the code (a reload does not lose it); then it forgets it.
  const done = async () => {
    setError(null);
    try {
      await backupCodeStored();
      onDone();
    } catch (failure) {
      setError(failure);
    }
  };

  const signOutOthers = async () => {
    setError(null);
    try {
      await signOutElsewhere();
      setSignedOutOthers(true);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <>
      <PageHeading focusOnMount>{t('twoFactor.backup.heading')}</PageHeading>
      {replaced && <Paragraph lead>{t('twoFactor.backup.replaced')}</Paragraph>}
      <Paragraph>{t('twoFactor.backup.intro')}</Paragraph>
      <Paragraph>{t('twoFactor.backup.advice')}</Paragraph>
      <div className="nr-secret-row">
        <p className="nr-secret nr-secret--large" data-testid="backup-code">
          {code}
        </p>
        <CopyButton value={code} />
      </div>
      <Checkbox label={t('twoFactor.backup.confirm')} checked={stored} onChange={setStored} />
      <div className="nr-form-actions">
        <Button appearance="primary-action" disabled={!stored} onClick={() => void done()}>
          {t('twoFactor.backup.done')}
        </Button>
        <Button onClick={() => void signOutOthers()} disabled={signedOutOthers}>
          {t('twoFactor.backup.signOutOthers')}
        </Button>
      </div>
      {signedOutOthers && <Alert type="ok">{t('twoFactor.backup.signedOutOthers')}</Alert>}
      <ErrorAlert error={error} />
    </>
  );
}
