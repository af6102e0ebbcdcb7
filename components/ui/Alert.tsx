import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { cx, toneClass } from './classes';
import { IconButton } from './Button';
import { CloseIcon } from './icons';
import { tUi } from './messages';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

export interface AlertProps {
  tone?: AlertTone;
  title?: ComponentChildren;
  children?: ComponentChildren;
  /** Shows a close button. */
  onDismiss?: () => void;
  class?: string;
  'data-testid'?: string;
}

/**
 * An inline message. Warnings and errors are role="alert" (announced at once); info and success
 * are role="status" (announced politely).
 */
export function Alert({ tone = 'info', title, children, onDismiss, class: className, ...rest }: AlertProps) {
  const urgent = tone === 'warning' || tone === 'danger';
  return (
    <div {...rest} role={urgent ? 'alert' : 'status'} class={cx('ui-alert', toneClass(tone), className)}>
      <div class="ui-alert__body">
        {title && <p class="ui-alert__title">{title}</p>}
        {children}
      </div>
      {onDismiss && <IconButton size="sm" label={tUi('dismiss')} icon={<CloseIcon />} onClick={onDismiss} />}
    </div>
  );
}

export interface ToastMessage {
  id: number;
  tone: AlertTone;
  text: string;
}

type Listener = (toasts: readonly ToastMessage[]) => void;

// Page-level store: one ToastRegion per page shows whatever any component announced.
let toasts: readonly ToastMessage[] = [];
let nextId = 1;
const listeners = new Set<Listener>();

function publish(next: readonly ToastMessage[]) {
  toasts = next;
  for (const listener of listeners) listener(toasts);
}

export function dismissToast(id: number): void {
  publish(toasts.filter((toast) => toast.id !== id));
}

/**
 * Shows a short message in the page's ToastRegion; it disappears after `timeoutMs`
 * (0 = stays until dismissed). Returns its id.
 */
export function showToast(text: string, options: { tone?: AlertTone; timeoutMs?: number } = {}): number {
  const id = nextId++;
  const { tone = 'success', timeoutMs = 5000 } = options;
  publish([...toasts, { id, tone, text }].slice(-4));
  if (timeoutMs > 0) setTimeout(() => dismissToast(id), timeoutMs);
  return id;
}

/** Renders the toasts; put one near the root of each page. Its live region exists from the start. */
export function ToastRegion() {
  const [items, setItems] = useState(toasts);
  useEffect(() => {
    listeners.add(setItems);
    setItems(toasts);
    return () => {
      listeners.delete(setItems);
    };
  }, []);
  return (
    <div class="ui-toast-region" aria-label={tUi('notifications')} data-testid="toast-region">
      {items.map((toast) => (
        <Alert key={toast.id} tone={toast.tone} class="ui-toast" onDismiss={() => dismissToast(toast.id)}>
          {toast.text}
        </Alert>
      ))}
    </div>
  );
}
