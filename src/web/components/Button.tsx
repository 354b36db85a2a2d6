// NL Design System button. Defaults to type="button" so only the intended button submits a form.
import type { ButtonHTMLAttributes } from 'react';
import { cx } from './classNames.ts';

export type ButtonAppearance = 'primary-action' | 'secondary-action' | 'subtle';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: ButtonAppearance;
  busy?: boolean;
}

export function Button({ appearance = 'secondary-action', busy = false, className, type = 'button', ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      aria-busy={busy || undefined}
      className={cx('utrecht-button', `utrecht-button--${appearance}`, busy && 'utrecht-button--busy', className)}
    />
  );
}
