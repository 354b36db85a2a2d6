// NL Design System headings. `PageHeading` is the single h1 of a page; it can take focus so the
// router can move focus to it after navigation. `focusOnMount` moves focus to a heading that
// appears without a navigation (a step that replaces the page's content, an inline section).
import { useEffect, useRef, type ReactNode } from 'react';
import { cx } from './classNames.ts';

function useFocusOnMount<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}

export function PageHeading({ children, focusOnMount = false }: { children: ReactNode; focusOnMount?: boolean }) {
  const ref = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  return (
    <h1 ref={ref} className="utrecht-heading-1 nr-page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}

interface HeadingProps {
  level: 2 | 3;
  children: ReactNode;
  className?: string;
  id?: string;
  focusOnMount?: boolean;
}

export function Heading({ level, children, className, id, focusOnMount = false }: HeadingProps) {
  const ref = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag ref={ref} id={id} tabIndex={focusOnMount ? -1 : undefined} className={cx(`utrecht-heading-${level}`, className)}>
      {children}
    </Tag>
  );
}
