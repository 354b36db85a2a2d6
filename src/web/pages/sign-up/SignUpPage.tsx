// "Registreren" (/registreren), the sign-up: an entrepreneur registers their accommodation and
// account (DNR manual, "Account aanmaken"). On success the form gives way to the confirmation text.
// Not to be confused with the night register of guests (pages/register/).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { SignUpForm } from './SignUpForm.tsx';

function BackToLogin() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <Link to="/inloggen">{t('common.backToLogin')}</Link>
    </Paragraph>
  );
}

export function SignUpPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signUp.title'));
  const [signedUp, setSignedUp] = useState(false);

  return (
    <>
      <BackToLogin />
      <PageHeading>{t('signUp.heading')}</PageHeading>
      {signedUp ? (
        <>
          <Alert type="ok">
            <Paragraph>{t('signUp.success')}</Paragraph>
          </Alert>
          <Paragraph>{t('signUp.successEmail')}</Paragraph>
          <Paragraph>{t('common.privacyStatement')}</Paragraph>
          <BackToLogin />
        </>
      ) : (
        <>
          <SignUpForm onSignedUp={() => setSignedUp(true)} />
          <Paragraph>{t('common.privacyStatement')}</Paragraph>
        </>
      )}
    </>
  );
}
