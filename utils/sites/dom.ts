/** Small DOM reads shared by the adapters. No layout reads, no writes to page content. */

/**
 * The first element matching `selector` that belongs to `item` itself and not to an item nested in
 * it (a post contains its comments, a root comment its thread). `boxes` selects any item box.
 */
export function ownFirst(item: Element, selector: string, boxes: string): Element | null {
  const first = item.querySelector(selector);
  if (!first || first.closest(boxes) === item) return first;
  for (const candidate of Array.from(item.querySelectorAll(selector))) {
    if (candidate.closest(boxes) === item) return candidate;
  }
  return null;
}

export function ownAll(item: Element, selector: string, boxes: string): Element[] {
  return Array.from(item.querySelectorAll(selector)).filter((candidate) => candidate.closest(boxes) === item);
}

/** Visible-ish text of a small element (a name, a date): whitespace collapsed, trimmed. */
export function textOf(element: Element | null | undefined): string | undefined {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** Clicks like a person would: page handlers (inline onclick, React's root listener) run. */
export function click(element: Element): void {
  const view = element.ownerDocument.defaultView;
  if (typeof (element as HTMLElement).click === 'function') (element as HTMLElement).click();
  else if (view) element.dispatchEvent(new view.MouseEvent('click', { bubbles: true, cancelable: true }));
}

/** Polls `probe` until it returns something or `timeoutMs` passes (the site re-renders after a click). */
export async function waitFor<T>(probe: () => T | null | undefined, timeoutMs = 2000, intervalMs = 40): Promise<T | null> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found) return found;
    if (performance.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** `url(...)` of an inline style's background-image (VK thumbnails), without reading computed style. */
export function backgroundImageUrl(element: Element): string | undefined {
  const style = element.getAttribute('style') ?? '';
  const match = /background-image\s*:\s*url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/i.exec(style.replace(/&quot;/g, '"'));
  return (match?.[1] ?? match?.[2] ?? match?.[3])?.trim() || undefined;
}
