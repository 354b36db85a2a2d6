// On the accommodation page, for owners: that a company can have several accommodations, with
// the way to add one.
import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';

export function AddAccommodationHint() {
  const { t } = useTranslation();
  return (
    <section className="nr-section" aria-labelledby="add-accommodation-heading">
      <Heading level={2} id="add-accommodation-heading">
        {t('organisation.newAccommodation.heading')}
      </Heading>
      <Paragraph>{t('organisation.newAccommodation.hint')}</Paragraph>
      <Paragraph>
        <Link to="/app/accommodatie/nieuw">{t('organisation.newAccommodation.link')}</Link>
      </Paragraph>
    </section>
  );
}
