/** A short message in the page's corner (role=status: screen readers announce it). Text only. */
import { UI_ATTR } from './controls';

const TOAST_ID = 'otklik-toast';
let timer: ReturnType<typeof setTimeout> | undefined;

export function showToast(doc: Document, message: string, warning = false): HTMLElement {
  let toast = doc.getElementById(TOAST_ID);
  if (!toast) {
    toast = doc.createElement('div');
    toast.id = TOAST_ID;
    toast.className = 'otklik-toast';
    toast.setAttribute(UI_ATTR, '');
    toast.setAttribute('role', 'status');
    doc.body.append(toast);
  }
  toast.setAttribute('data-tone', warning ? 'warning' : 'info');
  toast.textContent = message;
  clearTimeout(timer);
  const shown = toast;
  timer = setTimeout(() => shown.remove(), warning ? 15_000 : 8_000);
  return toast;
}
