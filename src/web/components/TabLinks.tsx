// Tabs that are links: each view or tool has its own address, so it can be bookmarked and the
// back button works; the current one is marked with aria-current="page".
import { cx } from './classNames.ts';
import { Link } from './Link.tsx';
import '../theme/tabs.css';

export interface TabLink {
  key: string;
  href: string;
  label: string;
  current: boolean;
}

interface TabLinksProps {
  /** The name of the navigation for screen readers ("Weergaven van het register"). */
  label: string;
  tabs: readonly TabLink[];
  className?: string;
}

export function TabLinks({ label, tabs, className }: TabLinksProps) {
  return (
    <nav className={cx('nr-tabs', className)} aria-label={label}>
      <ul className="nr-tabs__list">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link to={tab.href} className="nr-tabs__link" aria-current={tab.current ? 'page' : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
