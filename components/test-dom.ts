/**
 * Test-only DOM helpers shared by the components' *.test.tsx files (happy-dom): a root element per
 * test, typing and choosing the way a person does (the events Preact listens to, inside `act`),
 * finding by data-testid, a field's error text, and waiting for liveQuery and promises to settle.
 * Imported by tests only.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';

/** A fresh root element for every test of the file, emptied and removed after it. */
export function useTestRoot(): () => HTMLElement {
  let root: HTMLElement | undefined;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    if (!root) return;
    const mounted = root;
    act(() => render(null, mounted));
    mounted.remove();
    root = undefined;
  });
  return () => {
    if (!root) throw new Error('useTestRoot: no test is running');
    return root;
  };
}

export function mount(vnode: ComponentChild): { root: HTMLElement; unmount: () => void } {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return {
    root,
    unmount: () => {
      act(() => render(null, root));
      root.remove();
    },
  };
}

/** Polls (letting liveQuery and promises run) until `check` passes or the time is up. */
export async function waitFor<T>(check: () => T, timeoutMs = 3_000): Promise<NonNullable<T>> {
  const started = Date.now();
  let lastError: unknown;
  for (;;) {
    try {
      const result = check();
      if (result !== undefined && result !== null && result !== false) return result as NonNullable<T>;
      lastError = new Error('condition not met');
    } catch (e) {
      lastError = e;
    }
    if (Date.now() - started > timeoutMs) throw lastError;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
}

export const byTestId = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

/** Types into an input or textarea (an `input` event) or chooses in a select (a `change` event). */
export function setValue(el: Element | null, value: string): void {
  if (!el) throw new Error('no element to type into');
  const input = el as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  });
}

export function click(el: Element | null): void {
  if (!el) throw new Error('nothing to click');
  act(() => (el as HTMLElement).click());
}

/** The error shown under the field that holds the control, or null. */
export const fieldError = (el: Element | null) => el?.closest('.ui-field')?.querySelector('.ui-field__error')?.textContent ?? null;
