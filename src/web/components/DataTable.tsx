// A data table in the NL Design System's style: a caption for assistive technology, one row of
// column headers, and the body rows the caller renders. A table wider than the screen (a phone)
// scrolls within its wrapper, never the page; that wrapper then becomes a named region that takes
// the keyboard's focus, so it can be scrolled without a mouse.
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface DataTableProps {
  caption: string;
  /** Column headers, in order; false leaves a column out (e.g. one only admins see). */
  columns: readonly (string | false)[];
  children: ReactNode;
}

/** Whether the element's content is wider than the element, kept up to date as either changes size. */
function useScrollsSideways<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    // A wrapper whose overflow shows (inside a scrolling region of the page's own) is no region itself.
    const check = () => setScrolls(getComputedStyle(element).overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    check();
    return () => observer.disconnect();
  }, []);
  return { ref, scrolls };
}

export function DataTable({ caption, columns, children }: DataTableProps) {
  const { ref, scrolls } = useScrollsSideways<HTMLDivElement>();
  return (
    <div ref={ref} className="nr-table-wrapper" {...(scrolls ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {})}>
      <table className="utrecht-table nr-table">
        <caption className="nr-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns
              .filter((column) => column !== false)
              .map((column) => (
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
