/**
 * A short message at the top centre of the page, below VK's and OK's fixed headers and clear of the
 * comment composer at the bottom, moved lower only where it would cover what the person must see.
 * One live region (role=status, aria-live=polite; atomic by its role) made when Otklik starts and
 * kept: a region already in the page is announced when its text changes, one inserted together
 * with its text often is not. Emptied, not removed, when the message times out. Text only.
 */
import { UI_ATTR } from './controls';

export const TOAST_ID = 'otklik-toast';
let timer: ReturnType<typeof setTimeout> | undefined;

/** The live region, made once per document (again if the site removed it). */
export function toastRegion(doc: Document): HTMLElement {
  let toast = doc.getElementById(TOAST_ID);
  if (!toast) {
    toast = doc.createElement('div');
    toast.id = TOAST_ID;
    toast.className = 'otklik-toast';
    toast.setAttribute(UI_ATTR, '');
    toast.setAttribute('role', 'status');
    toast.setAttribute('aria-live', 'polite');
    doc.body.append(toast);
  }
  return toast;
}

/**
 * Where the toast goes when it must leave `avoid` visible: the top centre, else the first place just
 * below one of them where it covers none and fits in the window; else the top centre all the same.
 */
function place(toast: HTMLElement, avoid: (Element | null)[]): void {
  const t = toast.getBoundingClientRect();
  const boxes = avoid.flatMap((element) => (element ? [element.getBoundingClientRect()] : []));
  const top = [t.top, ...boxes.map((box) => box.bottom + 8)]
    .sort((a, b) => a - b)
    .find((y) => y >= t.top && y + t.height <= innerHeight && !boxes.some((box) => box.bottom > y && box.top < y + t.height && box.right > t.left && box.left < t.right));
  if ((top ?? 0) > t.top) toast.style.top = `${top}px`;
}

/**
 * Shows `message`; `avoid` are what the person must see next to it (the item being answered, its
 * reply box, the send button).
 */
export function showToast(doc: Document, message: string, warning = false, avoid: (Element | null)[] = []): HTMLElement {
  const toast = toastRegion(doc);
  toast.setAttribute('data-tone', warning ? 'warning' : 'info');
  toast.style.top = '';
  toast.textContent = message;
  if (avoid.length) place(toast, avoid);
  clearTimeout(timer);
  timer = setTimeout(() => (toast.textContent = ''), warning ? 15_000 : 8_000);
  return toast;
}
