// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { capturedComment } from '../../utils/cases/test-fixtures';
import { captureItem } from '../../utils/db/cases';
import { getDatabase } from '../../utils/db/database';
import { updateSettings } from '../../utils/settings/store';
import { App } from './App';

let root: HTMLElement;
const db = getDatabase();

beforeEach(async () => {
  fakeBrowser.reset();
  await db.open();
  await db.cases.clear();
  await updateSettings(db, { locale: 'ru' });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  vi.restoreAllMocks();
});

const rows = () => Array.from(root.querySelectorAll<HTMLElement>('[data-testid=queue-row]'));

async function capture(n: number) {
  const now = Date.now();
  return (await captureItem(db, capturedComment({ itemKey: `wall-1_2?reply=${n}`, url: `https://vk.com/wall-1_2?reply=${n}`, text: `Вопрос ${n}`, detectedAt: now - n * 60_000, postedAt: undefined }), { now })).case;
}

describe('popup App', () => {
  it('shows the empty queue, then every captured case as it is written, live', async () => {
    act(() => render(<App />, root));
    await vi.waitFor(() => expect(root.querySelector('[data-testid=queue-empty]')).not.toBeNull());
    const first = await capture(1);
    await vi.waitFor(() => expect(rows().map((r) => r.dataset.caseId)).toEqual([first.id]));
    expect(rows()[0]!.textContent).toContain('Вопрос 1');
    expect(rows()[0]!.querySelector('[data-testid=queue-countdown]')!.textContent).toMatch(/раб\.$/);
    const second = await capture(2);
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows().map((r) => r.dataset.caseId).sort()).toEqual([first.id, second.id].sort());
    expect(root.querySelector('[data-testid=status-counts]')!.textContent).toContain('Новые 2');
  });

  it('a row opens its case on the side panel page (a window here: the side panel API of the fake browser only throws)', async () => {
    const c = await capture(1);
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    act(() => render(<App />, root));
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    act(() => rows()[0]!.querySelector<HTMLButtonElement>('.queue-row__main')!.click());
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]![0]!.url).toMatch(new RegExp(`/sidepanel\\.html\\?case=${c.id}$`));
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
  });

  it('the second action opens the thread in a tab', async () => {
    await capture(1);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    act(() => render(<App />, root));
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    act(() => rows()[0]!.querySelector<HTMLButtonElement>('.queue-row__thread')!.click());
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'https://vk.com/wall-1_2', active: true }));
  });
});
