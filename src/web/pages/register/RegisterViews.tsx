// The views of the register as tabs: "Aankomsten vandaag", "Aanwezig", "Vertrek vandaag",
// "Te bevestigen" (with how many wait) and "Alle registraties". They are links, so each view has
// its own address; the search stays as it is when switching.
import { useTranslation } from 'react-i18next';
import { STAY_VIEWS, stayFilterParams, type StayFilter } from '../../api/register.ts';
import { TabLinks } from '../../components/TabLinks.tsx';

interface RegisterViewsProps {
  filter: StayFilter;
  /** Stays waiting for confirmation, once known. */
  pending: number | null;
}

export function viewHref(filter: StayFilter): string {
  const query = stayFilterParams(filter).toString();
  return query ? `/app/register?${query}` : '/app/register';
}

export function RegisterViews({ filter, pending }: RegisterViewsProps) {
  const { t } = useTranslation();
  const tabs = STAY_VIEWS.map((view) => {
    const label = t(`nightRegister.overview.views.${view}`);
    return {
      key: view,
      href: viewHref({ ...filter, view, page: 1 }),
      label: view === 'pending' && pending !== null ? t('nightRegister.overview.pendingCount', { label, count: pending }) : label,
      current: view === filter.view,
    };
  });
  return <TabLinks label={t('nightRegister.overview.viewsLabel')} tabs={tabs} />;
}
