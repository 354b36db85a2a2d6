// After "Accommodatie toevoegen": what was added, whether it waits for the municipality's
// approval, and the choice to switch to it now or carry on in the current accommodation.
import { useTranslation } from 'react-i18next';
import type { Accommodation } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useSwitchAccommodation } from '../../hooks/useSwitchAccommodation.ts';

interface AccommodationAddedProps {
  added: Accommodation;
  current: string;
  onAddAnother: () => void;
}

export function AccommodationAdded({ added, current, onAddAnother }: AccommodationAddedProps) {
  const { t } = useTranslation();
  const { busy, error, switchNow } = useSwitchAccommodation(added.id, '/app/accommodatie');

  return (
    <>
      <Alert type="ok">
        <Heading level={2} focusOnMount>
          {t('organisation.newAccommodation.addedHeading')}
        </Heading>
        <Paragraph>{t('organisation.newAccommodation.added', { name: added.companyName, current })}</Paragraph>
        {added.status === 'pending' && (
          <Paragraph>{t('organisation.newAccommodation.addedPending', { name: added.companyName, municipality: added.municipality.name })}</Paragraph>
        )}
      </Alert>
      <ErrorAlert error={error} />
      <div className="nr-form-actions">
        <Button appearance="primary-action" busy={busy} disabled={busy} onClick={() => void switchNow()}>
          {t('organisation.newAccommodation.switchNow', { name: added.companyName })}
        </Button>
        <Link to="/app/accommodatie" className="nr-form-actions__link">
          {t('organisation.newAccommodation.stay', { name: current })}
        </Link>
      </div>
      <Paragraph>
        <Button appearance="subtle" onClick={onAddAnother}>
          {t('organisation.newAccommodation.addAnother')}
        </Button>
      </Paragraph>
    </>
  );
}
