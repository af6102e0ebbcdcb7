/** Structural primitives: Card, Section, Toolbar, EmptyState. */
import type { ComponentChildren, JSX } from 'preact';
import { cx } from './classes';
import { InboxIcon } from './icons';

type Heading = 'h2' | 'h3' | 'h4';

export interface CardProps extends Omit<JSX.HTMLAttributes<HTMLElement>, 'title'> {
  title?: ComponentChildren;
  headingLevel?: Heading;
  /** Buttons on the right of the header. */
  actions?: ComponentChildren;
  /** Without a title: pad the content directly (default true). */
  padded?: boolean;
  children?: ComponentChildren;
}

/** A bordered surface. With a title it becomes a labelled region with a header row. */
export function Card({ title, headingLevel: H = 'h2', actions, padded = true, class: className, children, ...rest }: CardProps) {
  if (title === undefined) {
    return (
      <div {...(rest as JSX.HTMLAttributes<HTMLDivElement>)} class={cx('ui-card', padded && 'ui-card--padded', className as string)}>
        {children}
      </div>
    );
  }
  return (
    <section {...rest} class={cx('ui-card', className as string)}>
      <header class="ui-card__header">
        <H>{title}</H>
        {actions && <div class="ui-card__actions">{actions}</div>}
      </header>
      <div class={padded ? 'ui-card__body' : undefined}>{children}</div>
    </section>
  );
}

export interface SectionProps extends Omit<JSX.HTMLAttributes<HTMLElement>, 'title'> {
  title: ComponentChildren;
  headingLevel?: Heading;
  description?: ComponentChildren;
  actions?: ComponentChildren;
  children?: ComponentChildren;
}

/** A titled block inside a page or card; consecutive sections are separated by a rule. */
export function Section({ title, headingLevel: H = 'h2', description, actions, class: className, children, ...rest }: SectionProps) {
  return (
    <section {...rest} class={cx('ui-section', className as string)}>
      <header class="ui-section__header">
        <div>
          <H>{title}</H>
          {description && <p class="ui-section__description">{description}</p>}
        </div>
        {actions && <div class="ui-section__actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

export interface ToolbarProps extends JSX.HTMLAttributes<HTMLDivElement> {
  /** Accessible name of the group, e.g. «Фильтры». */
  label: string;
  /** Keep everything on one line (default: wrap). */
  nowrap?: boolean;
  children: ComponentChildren;
}

/**
 * A row of controls (filters, actions) named as a group. It is role="group", not role="toolbar":
 * it usually holds text fields, where arrow keys must keep moving the caret.
 */
export function Toolbar({ label, nowrap, class: className, children, ...rest }: ToolbarProps) {
  return (
    <div {...rest} role="group" aria-label={label} class={cx('ui-toolbar', nowrap && 'ui-toolbar--nowrap', className as string)}>
      {children}
    </div>
  );
}

/** Pushes the following toolbar items to the right. */
export function ToolbarSpacer() {
  return <span class="ui-toolbar__spacer" aria-hidden="true" />;
}

export interface EmptyStateProps extends Omit<JSX.HTMLAttributes<HTMLDivElement>, 'title' | 'icon'> {
  title: ComponentChildren;
  icon?: ComponentChildren;
  /** One or two short lines saying what to do. */
  children?: ComponentChildren;
  action?: ComponentChildren;
}

/** What an empty list shows instead: a title, a short how-to and maybe one action. */
export function EmptyState({ title, icon = <InboxIcon />, action, class: className, children, ...rest }: EmptyStateProps) {
  return (
    <div {...rest} class={cx('ui-empty', className as string)}>
      <span class="ui-empty__icon" aria-hidden="true">
        {icon}
      </span>
      <p class="ui-empty__title">{title}</p>
      {children && <div class="ui-empty__body">{children}</div>}
      {action}
    </div>
  );
}
