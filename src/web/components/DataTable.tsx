// A data table in the NL Design System's style: a caption for assistive technology, one row of
// column headers, and the body rows the caller renders; a wide table scrolls within its wrapper.
import type { ReactNode } from 'react';

interface DataTableProps {
  caption: string;
  /** Column headers, in order; false leaves a column out (e.g. one only admins see). */
  columns: readonly (string | false)[];
  children: ReactNode;
}

export function DataTable({ caption, columns, children }: DataTableProps) {
  return (
    <div className="nr-table-wrapper">
      <table className="utrecht-table nr-table">
        <caption className="nr-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.filter((column) => column !== false).map((column) => (
              <th key={column} className="utrecht-table__header-cell" scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}
