// NL Design System data list: label–value pairs, e.g. the registered details of an accommodation.
import type { ReactNode } from 'react';

export interface DataListItem {
  key: string;
  label: string;
  value: ReactNode;
}

export function DataList({ items }: { items: readonly DataListItem[] }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows nr-data-list">
      {items.map((item) => (
        <div key={item.key} className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{item.label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
