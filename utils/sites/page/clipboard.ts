/**
 * Copies text from the page (when the answer cannot go into a reply box): the async Clipboard API
 * after focusing the page, else a hidden textarea and execCommand('copy'). Restores the focus.
 */
export async function copyText(doc: Document, text: string): Promise<boolean> {
  const view = doc.defaultView;
  try {
    view?.focus();
    if (view?.navigator.clipboard?.writeText) {
      await view.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no focus or no permission): try the old way.
  }
  const previous = doc.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('data-otklik-ui', '');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none';
  doc.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  previous?.focus?.();
  return copied;
}
