// A chart with what makes it accessible: a <figure> whose <figcaption> holds the heading and a
// sentence on how to read it, the picture, and the same numbers as a table behind
// "Toon als tabel" for screen readers, keyboard users and anyone who wants the exact figures.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable.tsx';
import { Heading } from '../../../components/Heading.tsx';
import { Paragraph } from '../../../components/Paragraph.tsx';

export interface ChartTable {
  columns: readonly string[];
  /** Each row: its header (the month) and its cells. */
  rows: readonly { key: string; header: string; cells: readonly string[] }[];
}

interface ChartFigureProps {
  title: string;
  description: string;
  table: ChartTable;
  children: (ids: { labelledBy: string; describedBy: string; title: string }) => ReactNode;
}

export function ChartFigure({ title, description, table, children }: ChartFigureProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const descriptionId = useId();
  return (
    <figure className="nr-chart">
      <figcaption className="nr-chart__caption">
        <Heading level={2} id={headingId}>
          {title}
        </Heading>
        <Paragraph>
          <span id={descriptionId}>{description}</span>
        </Paragraph>
      </figcaption>
      {children({ labelledBy: headingId, describedBy: descriptionId, title })}
      <details className="nr-chart__details">
        <summary className="nr-chart__summary">{t('taxMunicipality.statistics.showTable')}</summary>
        <DataTable caption={title} columns={table.columns}>
          {table.rows.map((row) => (
            <tr key={row.key} className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">
                {row.header}
              </th>
              {row.cells.map((cell, index) => (
                <td key={table.columns[index + 1] ?? index} className="utrecht-table__cell utrecht-table__cell--numeric-data">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </DataTable>
      </details>
    </figure>
  );
}
