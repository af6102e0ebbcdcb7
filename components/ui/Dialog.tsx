import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { cx } from './classes';
import { IconButton } from './Button';
import { CloseIcon } from './icons';
import { tUi } from './messages';

export interface DialogProps {
  open: boolean;
  /** Called on Escape, on the close button and on a click on the backdrop. */
  onClose: () => void;
  title: ComponentChildren;
  children: ComponentChildren;
  /** Buttons at the bottom, right-aligned (primary last). */
  footer?: ComponentChildren;
  wide?: boolean;
  /** Clicking the backdrop closes the dialog (default true; set false for forms with unsaved input). */
  closeOnBackdrop?: boolean;
  'data-testid'?: string;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: role="dialog" + aria-modal, labelled by its title. On open it focuses the first
 * control (or the dialog itself), keeps Tab inside, closes on Escape, and gives focus back to
 * whatever had it before.
 */
export function Dialog({ open, onClose, title, children, footer, wide, closeOnBackdrop = true, ...rest }: DialogProps) {
  const titleId = `d${useId()}`;
  const dialogRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    if (!open) return;
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previous = dialog.ownerDocument.activeElement as HTMLElement | null;
    const body = dialog.querySelector<HTMLElement>('.ui-dialog__body');
    const first = body?.querySelector<HTMLElement>(FOCUSABLE) ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? dialog).focus();
    return () => {
      if (previous && previous.isConnected) previous.focus();
    };
  }, [open]);

  if (!open) return null;

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab') return;
    const dialog = dialogRef.current!;
    const focusable = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (focusable.length === 0) {
      event.preventDefault();
      return;
    }
    const active = dialog.ownerDocument.activeElement;
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    if (event.shiftKey && (active === first || active === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div
      class="ui-dialog-backdrop"
      onMouseDown={(event) => {
        if (closeOnBackdrop && event.target === event.currentTarget) onCloseRef.current();
      }}
    >
      <div
        {...rest}
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        class={cx('ui-dialog', wide && 'ui-dialog--wide')}
        onKeyDown={onKeyDown}
      >
        <header class="ui-dialog__header">
          <h2 class="ui-dialog__title" id={titleId}>
            {title}
          </h2>
          <IconButton size="sm" label={tUi('close')} icon={<CloseIcon />} onClick={() => onCloseRef.current()} />
        </header>
        <div class="ui-dialog__body">{children}</div>
        {footer && <footer class="ui-dialog__footer">{footer}</footer>}
      </div>
    </div>
  );
}
