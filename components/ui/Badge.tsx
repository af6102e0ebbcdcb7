import type { ComponentChildren, JSX } from 'preact';
import { cx, toneClass, type Tone } from './classes';

export interface BadgeProps extends Omit<JSX.HTMLAttributes<HTMLSpanElement>, 'tone'> {
  tone?: Tone;
  children: ComponentChildren;
}

/** A small square-cornered label: counts, marks («предв.»), tags. */
export function Badge({ tone = 'neutral', class: className, children, ...rest }: BadgeProps) {
  return (
    <span {...rest} class={cx('ui-badge', toneClass(tone), className as string)}>
      {children}
    </span>
  );
}

export interface StatusPillProps extends Omit<JSX.HTMLAttributes<HTMLSpanElement>, 'tone'> {
  tone?: Tone;
  /** A coloured dot before the text, so the state does not rely on the background alone. */
  dot?: boolean;
  children: ComponentChildren;
}

/** A rounded label for a state: a case status, an urgency. */
export function StatusPill({ tone = 'neutral', dot = true, class: className, children, ...rest }: StatusPillProps) {
  return (
    <span {...rest} class={cx('ui-pill', toneClass(tone), className as string)}>
      {dot && <span class="ui-pill__dot" aria-hidden="true" />}
      {children}
    </span>
  );
}
