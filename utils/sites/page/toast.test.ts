// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageCss } from './styles';
import { showToast, toastRegion, TOAST_ID } from './toast';

/** A box at these viewport coordinates (happy-dom has no layout). */
function placeAt(element: Element, box: () => { top: number; bottom: number; left: number; right: number }): void {
  element.getBoundingClientRect = () => {
    const { top, bottom, left, right } = box();
    return { top, bottom, left, right, x: left, y: top, width: right - left, height: bottom - top, toJSON: () => ({}) } as DOMRect;
  };
}

/** The toast's box as the stylesheet lays it out: 440×44 px, centred, 64 px from the top unless placed lower. */
function layOutToast(toast: HTMLElement): void {
  const left = innerWidth / 2 - 220;
  placeAt(toast, () => {
    const top = toast.style.top ? parseFloat(toast.style.top) : 64;
    return { top, bottom: top + 44, left, right: left + 440 };
  });
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('the page toast', () => {
  it('is one polite live region, kept in the page and emptied (not removed) when its time is up', () => {
    vi.useFakeTimers();
    const region = toastRegion(document);
    expect(region.id).toBe(TOAST_ID);
    expect(region.getAttribute('role')).toBe('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
    expect(toastRegion(document)).toBe(region);

    expect(showToast(document, 'Ответ вставлен.')).toBe(region);
    expect(region.textContent).toBe('Ответ вставлен.');
    expect(region.getAttribute('data-tone')).toBe('info');
    vi.advanceTimersByTime(8_000);
    expect(region.isConnected).toBe(true);
    expect(region.textContent).toBe('');

    showToast(document, 'Текст скопирован.', true);
    expect(region.getAttribute('data-tone')).toBe('warning');
    vi.advanceTimersByTime(14_000);
    expect(region.textContent).toBe('Текст скопирован.');
    vi.advanceTimersByTime(1_000);
    expect(region.textContent).toBe('');
    expect(document.querySelectorAll(`#${TOAST_ID}`)).toHaveLength(1);
  });

  it('stands at the top centre, below the sites’ 48 px headers, and takes no room when empty', () => {
    const css = pageCss('vk', 'Взять в работу');
    const rule = /\.otklik-toast\{([^}]*)\}/.exec(css)![1]!;
    expect(rule).toContain('position:fixed');
    expect(rule).toContain('top:64px');
    expect(rule).toContain('left:50%');
    expect(rule).toContain('translateX(-50%)');
    expect(rule).not.toMatch(/bottom:/);
    expect(css).toContain('.otklik-toast:empty{padding:0}');
  });

  it('moves below what the person must see when it would cover it, and stays on top when there is no such place', () => {
    const toast = toastRegion(document);
    layOutToast(toast);
    const wide = { left: 0, right: innerWidth };
    const item = document.body.appendChild(document.createElement('div'));
    const editor = document.body.appendChild(document.createElement('div'));

    // The item well below the toast: the top centre.
    placeAt(item, () => ({ top: 300, bottom: 420, ...wide }));
    placeAt(editor, () => ({ top: 440, bottom: 480, ...wide }));
    showToast(document, 'Ответ вставлен.', false, [item, editor, null]);
    expect(toast.style.top).toBe('');

    // A post at the very top of the page (it cannot be scrolled lower), its reply box right under it: below the reply box.
    placeAt(item, () => ({ top: 56, bottom: 400, ...wide }));
    showToast(document, 'Ответ вставлен.', false, [item, editor, null]);
    expect(toast.style.top).toBe('488px');

    // The reply box far below, a gap between: right under the item.
    placeAt(editor, () => ({ top: 600, bottom: 640, ...wide }));
    showToast(document, 'Ответ вставлен.', false, [item, editor]);
    expect(toast.style.top).toBe('408px');

    // The item down to a composer fixed at the bottom (m.vk.com): no free place, the top centre.
    placeAt(item, () => ({ top: 56, bottom: innerHeight - 60, ...wide }));
    placeAt(editor, () => ({ top: innerHeight - 50, bottom: innerHeight - 10, ...wide }));
    showToast(document, 'Ответ вставлен.', false, [item, editor]);
    expect(toast.style.top).toBe('');

    // A toast without anything to avoid reads no layout and stays on top.
    placeAt(item, () => ({ top: 56, bottom: 400, ...wide }));
    showToast(document, 'Ответ вставлен.', false, [item]);
    expect(toast.style.top).not.toBe('');
    const read = vi.spyOn(toast, 'getBoundingClientRect');
    showToast(document, 'Записано.');
    expect(read).not.toHaveBeenCalled();
    expect(toast.style.top).toBe('');
  });
});
