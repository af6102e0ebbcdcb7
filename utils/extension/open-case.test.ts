import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openCase, openThread, sidePanelPath, threadKey } from './open-case';

const extra = fakeBrowser as unknown as Record<string, unknown>;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  delete extra.sidePanel;
  delete extra.sidebarAction;
});

describe('openCase', () => {
  it('Chrome: sets the path and opens the side panel in the same tick', async () => {
    const calls: unknown[][] = [];
    extra.sidePanel = {
      setOptions: vi.fn(async (o: unknown) => void calls.push(['setOptions', o])),
      open: vi.fn(async (o: unknown) => void calls.push(['open', o])),
    };
    const opened = openCase('c/1', { windowId: 3 });
    expect(calls).toEqual([
      ['setOptions', { path: 'sidepanel.html?case=c%2F1', enabled: true }],
      ['open', { windowId: 3 }],
    ]);
    await expect(opened).resolves.toBe('side-panel');
  });

  it('Chrome refusing (no user gesture) falls back to a small window on the case', async () => {
    extra.sidePanel = { setOptions: vi.fn(async () => {}), open: vi.fn(async () => Promise.reject(new Error('`sidePanel.open()` may only be called in response to a user gesture.'))) };
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await expect(openCase('c1')).resolves.toBe('window');
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ type: 'popup', width: 420, url: expect.stringMatching(/\/sidepanel\.html\?case=c1$/) }));
  });

  it('an API that is present but throws at once also falls back to a window', async () => {
    extra.sidePanel = {
      setOptions: () => {
        throw new Error('not implemented');
      },
      open: vi.fn(),
    };
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await expect(openCase('c1')).resolves.toBe('window');
    expect(create).toHaveBeenCalled();
  });

  it('Firefox: sidebarAction.setPanel + open', async () => {
    const setPanel = vi.fn(async () => {});
    const open = vi.fn(async () => {});
    extra.sidebarAction = { setPanel, open };
    await expect(openCase('c1')).resolves.toBe('sidebar');
    expect(setPanel).toHaveBeenCalledWith({ panel: expect.stringMatching(/\/sidepanel\.html\?case=c1$/) });
    expect(open).toHaveBeenCalled();
  });

  it('no side panel at all (Yandex Browser): a window, after the case id is known', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await expect(openCase(Promise.resolve('late-id'))).resolves.toBe('window');
    expect(create.mock.calls[0]![0]!.url).toMatch(/sidepanel\.html\?case=late-id$/);
  });

  it('a panel window already open is moved to the new case and focused, not opened again', async () => {
    const page = fakeBrowser.runtime.getURL('/sidepanel.html');
    const panel = await fakeBrowser.tabs.create({ url: `${page}?case=old`, active: false });
    await fakeBrowser.tabs.create({ url: 'https://vk.com/wall-1_2' });
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const focus = vi.spyOn(fakeBrowser.windows, 'update');
    await expect(openCase('new')).resolves.toBe('window');
    expect(create).not.toHaveBeenCalled();
    const moved = await fakeBrowser.tabs.get(panel.id!);
    expect(moved.url).toBe(`${page}?case=new`);
    expect(moved.active).toBe(true);
    expect(focus).toHaveBeenCalledWith(moved.windowId, { focused: true });
  });

  it('sidePanelPath', () => {
    expect(sidePanelPath()).toBe('sidepanel.html');
    expect(sidePanelPath('a b')).toBe('sidepanel.html?case=a%20b');
  });
});

describe('openThread', () => {
  it('focuses a tab already showing the thread (whatever the mobile host or fragment)', async () => {
    const other = await fakeBrowser.tabs.create({ url: 'https://ok.ru/group/1/topic/2' });
    const thread = await fakeBrowser.tabs.create({ url: 'https://m.vk.com/wall-1_2/#comments', active: false });
    await fakeBrowser.tabs.update(other.id!, { active: true });
    await expect(openThread('https://vk.com/wall-1_2')).resolves.toBe('focused');
    expect((await fakeBrowser.tabs.get(thread.id!)).active).toBe(true);
  });

  it('opens a new tab when none shows it', async () => {
    await fakeBrowser.tabs.create({ url: 'https://vk.com/wall-1_3' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await expect(openThread('https://vk.com/wall-1_2')).resolves.toBe('opened');
    expect(create).toHaveBeenCalledWith({ url: 'https://vk.com/wall-1_2', active: true });
  });

  it('threadKey ignores protocol, www./m., trailing slash, fragment and query order', () => {
    expect(threadKey('http://www.vk.com/wall-1_2/?b=2&a=1#x')).toBe(threadKey('https://vk.com/wall-1_2?a=1&b=2'));
    expect(threadKey('https://vk.com/wall-1_2')).not.toBe(threadKey('https://vk.com/wall-1_3'));
    expect(threadKey('not a url')).toBeUndefined();
  });
});
