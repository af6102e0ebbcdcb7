import type { ComponentChildren, JSX } from 'preact';
import { cx } from './classes';
import { tUi } from './messages';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';
export type ButtonSize = 'sm' | 'md' | 'lg';

export interface ButtonProps extends Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'size' | 'loading'> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner, sets aria-busy and blocks clicks; the label stays for screen readers. */
  loading?: boolean;
  /** Stretches to the container's width. */
  block?: boolean;
  /** An icon before the label (decorative: give it no text of its own). */
  icon?: ComponentChildren;
}

/** A text button. `type` defaults to "button" so it never submits a form by accident. */
export function Button({
  variant = 'secondary',
  size = 'md',
  loading = false,
  block = false,
  icon,
  disabled,
  class: className,
  type = 'button',
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      class={cx('ui-button', `ui-button--${variant}`, size !== 'md' && `ui-button--${size}`, block && 'ui-button--block', className as string)}
      disabled={disabled || loading}
      aria-busy={loading ? 'true' : undefined}
    >
      {loading ? <span class="ui-spinner" aria-hidden="true" /> : icon}
      {children}
      {loading && <span class="ui-visually-hidden">{tUi('loading')}</span>}
    </button>
  );
}

export interface IconButtonProps extends Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'size' | 'label' | 'icon'> {
  /** Required: the accessible name (aria-label) and the tooltip. */
  label: string;
  icon: ComponentChildren;
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
}

/** A square button showing only an icon; `label` names it for screen readers and as a tooltip. */
export function IconButton({ label, icon, variant = 'ghost', size = 'md', class: className, type = 'button', ...rest }: IconButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      aria-label={label}
      title={rest.title ?? label}
      class={cx('ui-icon-button', variant !== 'ghost' && `ui-icon-button--${variant}`, size === 'sm' && 'ui-icon-button--sm', className as string)}
    >
      {icon}
    </button>
  );
}
