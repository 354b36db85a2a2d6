// "Accommodatie": the accommodation's registered details; the owner can change them in place
// ("Wijzigen" → form → "Opslaan") and add another accommodation. A registration that waits for
// (or was refused) the municipality's approval says so at the top.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import type { Accommodation } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { DataList } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useCurrentSession } from '../../session/useCurrentSession.ts';
import { ApprovalNotice } from './ApprovalNotice.tsx';
import { AddAccommodationHint } from './AddAccommodationHint.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { AccommodationEditForm } from './AccommodationEditForm.tsx';
import { HouseTimesSection } from './HouseTimesSection.tsx';
import { accommodationItems } from './accommodation-items.ts';
import { useAccommodation } from './useAccommodation.ts';

function focusPageHeading() {
  document.querySelector<HTMLElement>('main h1')?.focus();
}

export function AccommodationPage() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  useDocumentTitle(editing ? t('accommodation.editTitle') : t('accommodation.title'));
  const session = useCurrentSession();
  const { user } = session;
  const { refresh } = useSession();
  const { state, replace } = useAccommodation();
  const missing = state.status === 'failed' && state.error instanceof ApiError && [403, 404].includes(state.error.status);

  const startEditing = () => {
    setSaved(false);
    setEditing(true);
  };
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(focusPageHeading);
  };
  const onSaved = (accommodation: Accommodation) => {
    replace(accommodation);
    setSaved(true);
    stopEditing();
    // The header shows the company name, which may just have changed.
    void refresh();
  };

  return (
    <>
      <PageHeading>{editing ? t('accommodation.editHeading') : t('accommodation.heading')}</PageHeading>
      {saved && (
        <Alert type="ok">
          <Paragraph>{t('accommodation.saved')}</Paragraph>
        </Alert>
      )}
      {!editing && <ApprovalNotice session={session} />}
      {state.status === 'loading' && <Paragraph>{t('app.loading')}</Paragraph>}
      {missing && <Paragraph>{t('accommodation.notAvailable')}</Paragraph>}
      {state.status === 'failed' && !missing && <ErrorAlert error={state.error} />}
      {state.status === 'loaded' &&
        (editing ? (
          <AccommodationEditForm accommodation={state.data} onSaved={onSaved} onCancel={stopEditing} />
        ) : (
          <>
            <Paragraph>{t('accommodation.intro')}</Paragraph>
            <DataList items={accommodationItems(state.data, t)} />
            {user.role === 'owner' ? (
              <>
                <Button appearance="secondary-action" onClick={startEditing}>
                  {t('accommodation.edit')}
                </Button>
                <AddAccommodationHint />
              </>
            ) : (
              <Paragraph>{t('accommodation.ownerOnly')}</Paragraph>
            )}
            <HouseTimesSection accommodation={state.data} canChange={user.role === 'owner'} onSaved={replace} />
          </>
        ))}
    </>
  );
}
