// The accommodation at a glance on the overview page, with a link to all its details.
import { useTranslation } from 'react-i18next';
import type { Accommodation } from '../../api/types.ts';
import { DataList } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { accommodationItems } from '../accommodations/accommodation-items.ts';
import { useAccommodation } from '../accommodations/useAccommodation.ts';

const SUMMARY_KEYS = new Set(['companyName', 'address', 'city', 'accommodationType', 'beds', 'municipality']);

/** The star rating only when the accommodation has one: "Geen" adds nothing at a glance. */
function summaryKeys(accommodation: Accommodation): Set<string> {
  return typeof accommodation.starRating === 'number' ? new Set([...SUMMARY_KEYS, 'starRating']) : SUMMARY_KEYS;
}

export function AccommodationSummary() {
  const { t } = useTranslation();
  const { state } = useAccommodation();
  return (
    <section aria-labelledby="summary-heading" className="nr-section">
      <Heading level={2} id="summary-heading">
        {t('overview.summaryHeading')}
      </Heading>
      {state.status === 'loading' && <Paragraph>{t('app.loading')}</Paragraph>}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'loaded' && (
        <>
          <DataList items={accommodationItems(state.data, t).filter((item) => summaryKeys(state.data).has(item.key))} />
          <Paragraph>
            <Link to="/app/accommodatie">{t('overview.details')}</Link>
          </Paragraph>
        </>
      )}
    </section>
  );
}
