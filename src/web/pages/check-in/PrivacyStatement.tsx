// What happens with the guest's details: the standard explanation in the guest's language, then
// the accommodation's and the municipality's own privacy statements where they have one (in the
// words they wrote, usually Dutch).
import { useTranslation } from 'react-i18next';
import type { CheckInForm } from '../../api/check-in.ts';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';

export function PrivacyStatement({ form }: { form: CheckInForm }) {
  const { t } = useTranslation();
  const { accommodation, municipality } = form.privacyStatement;
  return (
    <Section title={t('checkIn.guest.privacy.heading')}>
      <Paragraph>{t('checkIn.guest.privacy.text')}</Paragraph>
      {accommodation && (
        <>
          <Heading level={3}>{t('checkIn.guest.privacy.accommodation', { name: form.accommodation.name })}</Heading>
          <Paragraph className="nr-check-in__statement">{accommodation}</Paragraph>
        </>
      )}
      {municipality && (
        <>
          <Heading level={3}>{t('checkIn.guest.privacy.municipality', { name: form.municipality.name })}</Heading>
          <Paragraph className="nr-check-in__statement">{municipality}</Paragraph>
        </>
      )}
    </Section>
  );
}
