// The overview (/app) of a municipality user or an admin: how many registrations wait for
// approval, and the ways into the portal's sections.
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types.ts';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import '../../theme/portal.css';
import { usePendingCount } from './usePendingCount.ts';

interface Card {
  to: string;
  title: string;
  text: string;
}

export function OverseerOverview({ role }: { role: Extract<Role, 'municipality' | 'admin'> }) {
  const { t } = useTranslation();
  const pending = usePendingCount();
  const cards: Card[] = [
    ...(role === 'admin' ? [{ to: '/app/gemeenten', title: t('portal.overview.municipalities'), text: t('portal.overview.municipalitiesText') }] : []),
    { to: '/app/accommodaties', title: t('portal.overview.accommodations'), text: t('portal.overview.accommodationsText') },
    { to: '/app/gebruikers', title: t('portal.overview.users'), text: t('portal.overview.usersText') },
    ...(role === 'municipality' ? [{ to: '/app/gemeente', title: t('portal.overview.settings'), text: t('portal.overview.settingsText') }] : []),
  ];
  return (
    <>
      <Paragraph>{role === 'admin' ? t('portal.overview.adminIntro') : t('portal.overview.intro')}</Paragraph>
      <section className="nr-section" aria-labelledby="pending-heading">
        <Heading level={2} id="pending-heading">
          {t('portal.overview.pendingHeading')}
        </Heading>
        {pending === null ? <Paragraph>{t('app.loading')}</Paragraph> : <Paragraph>{t('portal.overview.pending', { count: pending })}</Paragraph>}
        {pending !== null && pending > 0 && (
          <Paragraph>
            <Link to="/app/accommodaties?status=pending">{t('portal.overview.pendingLink')}</Link>
          </Paragraph>
        )}
      </section>
      <section className="nr-section" aria-labelledby="links-heading">
        <Heading level={2} id="links-heading">
          {t('portal.overview.linksHeading')}
        </Heading>
        <ul className="nr-card-list">
          {cards.map((card) => (
            <li key={card.to} className="nr-card">
              <h3 className="utrecht-heading-3">
                <Link to={card.to}>{card.title}</Link>
              </h3>
              <Paragraph>{card.text}</Paragraph>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
