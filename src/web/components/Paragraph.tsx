// NL Design System paragraph.
import type { ReactNode } from 'react';
import { cx } from './classNames.ts';

export function Paragraph({ children, lead = false, className }: { children: ReactNode; lead?: boolean; className?: string }) {
  return <p className={cx('utrecht-paragraph', lead && 'utrecht-paragraph--lead', className)}>{children}</p>;
}
