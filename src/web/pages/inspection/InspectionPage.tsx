// "Inzage register" (/app/inzage) for inspectors and municipality users: the tools as tabs, each
// at its own address — "Wie verbleef er in nacht…" (/app/inzage), "Aanwezigen nu"
// (/app/inzage/aanwezigen), "Lange verblijven", "Accommodaties zonder registraties" and
// "Register controleren" and "Maandkopie". Answers stay in the page: a look-up's reason never enters the address.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TabLinks } from '../../components/TabLinks.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { RequireRole } from '../../session/RequireRole.tsx';
import { IntegrityTool } from './IntegrityTool.tsx';
import { LongStaysTool } from './LongStaysTool.tsx';
import { MonthlyCopyTool } from './MonthlyCopyTool.tsx';
import { NightTool } from './NightTool.tsx';
import { PresentTool } from './PresentTool.tsx';
import { SilentTool } from './SilentTool.tsx';
import { useInspectableAccommodations, type AccommodationOptions } from './useInspectableAccommodations.ts';
import '../../theme/portal.css';
import './inspection.css';

type ToolKey = 'night' | 'present' | 'longStays' | 'silent' | 'integrity' | 'monthlyCopy';

const TOOLS: readonly { key: ToolKey; path: string; render: (accommodations: AccommodationOptions) => ReactNode }[] = [
  { key: 'night', path: '', render: (a) => <NightTool accommodations={a} /> },
  { key: 'present', path: 'aanwezigen', render: (a) => <PresentTool accommodations={a} /> },
  { key: 'longStays', path: 'lange-verblijven', render: () => <LongStaysTool /> },
  { key: 'silent', path: 'zonder-registraties', render: () => <SilentTool /> },
  { key: 'integrity', path: 'controleren', render: (a) => <IntegrityTool accommodations={a} /> },
  { key: 'monthlyCopy', path: 'maandkopie', render: () => <MonthlyCopyTool /> },
];

const hrefOf = (path: string) => (path ? `/app/inzage/${path}` : '/app/inzage');

function ToolTabs({ current }: { current: ToolKey }) {
  const { t } = useTranslation();
  const tabs = TOOLS.map((tool) => ({ key: tool.key, href: hrefOf(tool.path), label: t(`inspection.tools.${tool.key}`), current: tool.key === current }));
  return <TabLinks label={t('inspection.toolsLabel')} tabs={tabs} className="nr-no-print" />;
}

function Inspection() {
  const { t } = useTranslation();
  const { tool: path = '' } = useParams();
  const tool = TOOLS.find((candidate) => candidate.path === path);
  useDocumentTitle(tool ? `${t(`inspection.tools.${tool.key}`)} – ${t('inspection.title')}` : t('inspection.title'));
  const accommodations = useInspectableAccommodations();
  if (!tool) return <Navigate to="/app/inzage" replace />;
  return (
    <>
      <div className="nr-no-print">
        <PageHeading>{t('inspection.heading')}</PageHeading>
        <Paragraph>{t('inspection.intro')}</Paragraph>
      </div>
      <ToolTabs current={tool.key} />
      <ErrorAlert error={accommodations.error} />
      <p className="utrecht-paragraph nr-no-print" role="status">
        {!accommodations.options && !accommodations.error && t('inspection.loadingAccommodations')}
        {accommodations.options?.length === 0 && t('inspection.noAccommodations')}
      </p>
      {/* Keyed by the tool: switching tabs starts with an empty form and no earlier answer. */}
      <div key={tool.key}>{tool.render(accommodations)}</div>
    </>
  );
}

export function InspectionPage() {
  return (
    <RequireRole roles={['inspector', 'municipality']}>
      <Inspection />
    </RequireRole>
  );
}
