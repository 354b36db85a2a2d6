// Tells an owner or staff member that their accommodation waits for the municipality's approval,
// or was rejected (with the municipality's reason and how to reach the municipality).
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { DataList, type DataListItem } from '../../components/DataList.tsx';
import { ExternalLink } from '../../components/Link.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';

export function ApprovalNotice({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { accommodation, municipality } = session;
  if (!accommodation || (accommodation.status !== 'pending' && accommodation.status !== 'rejected')) return null;
  const municipalityName = municipality?.name ?? accommodation.municipality?.name ?? '';

  if (accommodation.status === 'pending') {
    return (
      <Alert type="info">
        <Heading level={2}>{t('organisation.approval.pendingHeading')}</Heading>
        <Paragraph>{t('organisation.approval.pending', { municipality: municipalityName })}</Paragraph>
      </Alert>
    );
  }

  const contact: DataListItem[] = [];
  if (municipality?.contactEmail) {
    contact.push({
      key: 'email',
      label: t('organisation.approval.contactEmail'),
      value: <ExternalLink href={`mailto:${municipality.contactEmail}`}>{municipality.contactEmail}</ExternalLink>,
    });
  }
  if (municipality?.contactPhone) {
    contact.push({
      key: 'phone',
      label: t('organisation.approval.contactPhone'),
      value: <ExternalLink href={`tel:${municipality.contactPhone}`}>{municipality.contactPhone}</ExternalLink>,
    });
  }
  return (
    <Alert type="warning">
      <Heading level={2}>{t('organisation.approval.rejectedHeading')}</Heading>
      <Paragraph>{t('organisation.approval.rejected', { municipality: municipalityName, name: accommodation.companyName })}</Paragraph>
      {accommodation.rejectionReason && (
        <>
          <Paragraph>{t('organisation.approval.reason')}</Paragraph>
          <blockquote className="nr-quote">
            <Paragraph>{accommodation.rejectionReason}</Paragraph>
          </blockquote>
        </>
      )}
      <Paragraph>{t('organisation.approval.contact', { municipality: municipalityName })}</Paragraph>
      {contact.length > 0 && <DataList items={contact} />}
      {municipality?.contactText && <Paragraph className="nr-preserve-lines">{municipality.contactText}</Paragraph>}
    </Alert>
  );
}
