// NL Design System alert: a notice above content. Errors interrupt (role=alert); other kinds are
// announced politely (role=status).
import type { ReactNode } from 'react';
import { cx } from './classNames.ts';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

interface AlertProps {
  type?: AlertType;
  children: ReactNode;
  className?: string;
}

export function Alert({ type = 'info', children, className }: AlertProps) {
  return (
    <div className={cx('utrecht-alert', `utrecht-alert--${type}`, 'nr-alert', className)} role={type === 'error' ? 'alert' : 'status'}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
