// NL Design System headings. `PageHeading` is the single h1 of a page; it can take focus so the
// router can move focus to it after navigation.
import type { ReactNode } from 'react';
import { cx } from './classNames.ts';

export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="utrecht-heading-1 nr-page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}

interface HeadingProps {
  level: 2 | 3;
  children: ReactNode;
  className?: string;
  id?: string;
}

export function Heading({ level, children, className, id }: HeadingProps) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} className={cx(`utrecht-heading-${level}`, className)}>
      {children}
    </Tag>
  );
}
