// "Toeristenbelasting" (/app/toeristenbelasting) for municipality users, as tabs that are links:
// "Aangiften" (/app/toeristenbelasting, the returns of all accommodations per period),
// "Aanslagen" (/aanslagen, the aanslagen recorded or imported, with requests for vermindering),
// "Tarieven" (/tarieven, the rules and the return period) and "Statistieken" (/statistieken,
// charts of overnight stays).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TabLinks } from '../../components/TabLinks.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { RequireRole } from '../../session/RequireRole.tsx';
import { AssessmentsTab } from './AssessmentsTab.tsx';
import { RatesTab } from './RatesTab.tsx';
import { ReturnsTab } from './ReturnsTab.tsx';
import { StatisticsTab } from './StatisticsTab.tsx';
import '../../theme/portal.css';
import '../../tourist-tax/tax-badges.css';
import './tourist-tax.css';

type TabKey = 'returns' | 'assessments' | 'rates' | 'statistics';

const TABS: readonly { key: TabKey; path: string; render: () => ReactNode }[] = [
  { key: 'returns', path: '', render: () => <ReturnsTab /> },
  { key: 'assessments', path: 'aanslagen', render: () => <AssessmentsTab /> },
  { key: 'rates', path: 'tarieven', render: () => <RatesTab /> },
  { key: 'statistics', path: 'statistieken', render: () => <StatisticsTab /> },
];

const BASE = '/app/toeristenbelasting';
const hrefOf = (path: string) => (path ? `${BASE}/${path}` : BASE);

function TouristTax() {
  const { t } = useTranslation();
  const { tab: path = '' } = useParams();
  const tab = TABS.find((candidate) => candidate.path === path);
  useDocumentTitle(tab ? `${t(`taxMunicipality.tabs.${tab.key}`)} – ${t('taxMunicipality.title')}` : t('taxMunicipality.title'));
  if (!tab) return <Navigate to={BASE} replace />;
  const tabs = TABS.map((candidate) => ({
    key: candidate.key,
    href: hrefOf(candidate.path),
    label: t(`taxMunicipality.tabs.${candidate.key}`),
    current: candidate.key === tab.key,
  }));
  return (
    <>
      <PageHeading>{t('taxMunicipality.heading')}</PageHeading>
      <Paragraph>{t('taxMunicipality.intro')}</Paragraph>
      <TabLinks label={t('taxMunicipality.tabsLabel')} tabs={tabs} />
      {/* Keyed by the tab: switching starts each tab fresh. */}
      <div key={tab.key}>{tab.render()}</div>
    </>
  );
}

export function TouristTaxMunicipalityPage() {
  return (
    <RequireRole roles={['municipality']}>
      <TouristTax />
    </RequireRole>
  );
}
