// The views of the register as tabs: "Aankomsten vandaag", "Aanwezig", "Vertrek vandaag",
// "Te bevestigen" (with how many wait) and "Alle registraties". They are links, so each view has
// its own address; the search stays as it is when switching.
import { useTranslation } from 'react-i18next';
import { STAY_VIEWS, stayFilterParams, type StayFilter } from '../../api/register.ts';
import { Link } from '../../components/Link.tsx';

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
  return (
    <nav className="nr-register-views" aria-label={t('nightRegister.overview.viewsLabel')}>
      <ul className="nr-register-views__list">
        {STAY_VIEWS.map((view) => {
          const label = t(`nightRegister.overview.views.${view}`);
          const current = view === filter.view;
          return (
            <li key={view}>
              <Link
                to={viewHref({ ...filter, view, page: 1 })}
                className="nr-register-views__link"
                aria-current={current ? 'page' : undefined}
              >
                {view === 'pending' && pending !== null ? t('nightRegister.overview.pendingCount', { label, count: pending }) : label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
