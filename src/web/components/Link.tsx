// NL Design System links: `Link` for pages of this app (client-side navigation), `ExternalLink`
// for full addresses.
import type { AnchorHTMLAttributes } from 'react';
import { Link as RouterLink, type LinkProps as RouterLinkProps } from 'react-router-dom';
import { cx } from './classNames.ts';

export function Link({ className, ...rest }: RouterLinkProps) {
  return <RouterLink {...rest} className={cx('utrecht-link', 'utrecht-link--html-a', className)} />;
}

export function ExternalLink({ className, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a {...rest} className={cx('utrecht-link', 'utrecht-link--html-a', className)} />;
}
