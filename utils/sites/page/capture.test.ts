// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { okAdapter } from '../ok/adapter';
import { largeVkPage } from '../../../test/fixtures/generate-large';
import { vkAdapter } from '../vk/adapter';
import { controls, fakeBackground, startOn, type StartedPage } from './test-page';

let started: StartedPage | undefined;
afterEach(async () => {
  await started?.close();
  started = undefined;
});

const WALL = 'https://vk.com/club123456';
const keysOf = (doc: Document) => controls(doc).map((control) => control.getAttribute('data-otklik-key'));

describe('capture buttons on the page', () => {
  it('puts one «Взять в работу» button on every post and live comment, in its action bar', async () => {
    started = await startOn('vk/legacy-wall.html', WALL, vkAdapter);
    const { doc } = started;
    const expected = vkAdapter.findItems(doc).map((item) => vkAdapter.keyOf(item, WALL));
    expect(expected).toHaveLength(9);
    expect(keysOf(doc)).toEqual(expected);
    for (const control of controls(doc)) {
      expect(control.tagName).toBe('BUTTON');
      expect(control.type).toBe('button');
      expect(control.hasAttribute('data-otklik-capture')).toBe(true);
      expect(control.getAttribute('aria-label')).toBe('Взять в работу');
    }
    expect(controls(doc)[0]!.parentElement!.className).toBe('post_full_like');
    expect(doc.getElementById('post-123456_1005')!.querySelector('[data-otklik-key]')).toBeNull();
    expect(doc.querySelectorAll('#otklik-page-style')).toHaveLength(1);
    // The words are drawn by the stylesheet (the buttons are shallow clones).
    expect(doc.getElementById('otklik-page-style')!.textContent).toContain('.otklik-ui[data-otklik-capture]::after{content:"Взять в работу"}');
  });

  it('names the author on each button in idle time, in one chain of idle callbacks', async () => {
    started = await startOn('vk/legacy-wall.html', WALL, vkAdapter);
    const { doc, frame } = started;
    doc.getElementById('post-123456_1001')!.querySelector('.wall_reply_text')!.append(' (изменено)');
    frame();
    let rounds = 0;
    let most = 0;
    for (let ran = started.idle(3); ran > 0 && rounds < 1_000; ran = started.idle(3)) {
      rounds++;
      most = Math.max(most, ran);
    }
    expect(rounds).toBeGreaterThan(1);
    expect(most).toBe(1);
    expect(started.idle()).toBe(0);
    const labels = controls(doc).map((control) => control.getAttribute('aria-label'));
    expect(labels[0]).toBe('Взять в работу: Администрация города Заречный');
    expect(labels[2]).toBe('Взять в работу: Мария Соколова');
    expect(labels.every((label) => label!.startsWith('Взять в работу: '))).toBe(true);
  });

  it('does not add a second button when the page changes around an item, nor loop on its own insertions', async () => {
    started = await startOn('vk/legacy-wall.html', WALL, vkAdapter);
    const { doc, frame } = started;
    const before = controls(doc);
    doc.getElementById('post-123456_1001')!.querySelector('.wall_reply_text')!.append(' (изменено)');
    frame();
    frame();
    expect(controls(doc)).toEqual(before);
    started.session.navigated();
    frame();
    expect(controls(doc)).toEqual(before);
  });

  it('gives a comment added later (infinite scroll, a new reply) its button in the next frame', async () => {
    started = await startOn('vk/legacy-wall.html', WALL, vkAdapter);
    const { doc, frame } = started;
    const copy = doc.getElementById('post-123456_1004')!.cloneNode(true) as Element;
    copy.querySelectorAll('[data-otklik-key]').forEach((control) => control.remove());
    copy.id = 'post-123456_1050';
    copy.setAttribute('data-post-id', '-123456_1050');
    doc.getElementById('replies-123456_789')!.append(copy);
    expect(copy.querySelector('[data-otklik-key]')).toBeNull();
    frame();
    expect(copy.querySelectorAll('[data-otklik-key]')).toHaveLength(1);
    expect(copy.querySelector('[data-otklik-key]')!.getAttribute('data-otklik-key')).toBe('wall-123456_789?reply=1050');
  });

  it('re-keys the items after an SPA navigation, once the address has changed', async () => {
    const OK_FEED = 'https://ok.ru/group/70000001234567';
    started = await startOn('ok/group-feed.html', OK_FEED, okAdapter);
    const { doc, page, frame } = started;
    // What Chromium does: the navigation is reported before the address changes (the layer opens in the same task).
    (doc.querySelector('[data-layer-topic="156795562550690"]') as HTMLElement).click();
    page.window.history.replaceState({}, '', OK_FEED);
    started.session.navigated();
    page.window.history.replaceState({}, '', '/zarechny.adm/topic/156795562550690');
    frame();
    expect(keysOf(doc).slice(4)).toEqual(['topic/156795562550690', ...['176001', '176002', '176003'].map((c) => `topic/156795562550690#comment=${c}`)]);
  });

  it('follows the virtualized feed that recycles containers: no stale, no duplicate buttons', async () => {
    const FEED = 'https://vk.com/feed';
    started = await startOn('vk/react-feed.html', FEED, vkAdapter);
    const { doc, frame, page } = started;
    expect(keysOf(doc)).toEqual(['wall-123456_799', 'wall-445566_4999', 'wall-223344_149', 'wall111_39', 'wall-334455_89', 'wall-123456_798']);
    page.window.__feed.renderFrom(10);
    frame();
    const shown = vkAdapter.findItems(doc).map((item) => vkAdapter.keyOf(item, FEED));
    expect(keysOf(doc)).toEqual(shown);
    for (const post of vkAdapter.findItems(doc)) {
      const own = post.querySelectorAll('[data-otklik-key]');
      expect(own).toHaveLength(1);
      expect(own[0]!.getAttribute('data-otklik-key')).toBe(vkAdapter.keyOf(post, FEED));
    }
  });

  it('captures on click: the item goes to the background and the button becomes the case badge', async () => {
    started = await startOn('vk/legacy-wall.html', WALL, vkAdapter);
    const { doc, background, settle } = started;
    const button = doc.getElementById('post-123456_1001')!.querySelector<HTMLButtonElement>('[data-otklik-capture]')!;
    button.click();
    await settle();
    const [capture] = background.callsOf('capture');
    expect(capture!.payload).toMatchObject({
      network: 'vk',
      kind: 'comment',
      itemKey: 'wall-123456_789?reply=1001',
      url: 'https://vk.com/wall-123456_789?reply=1001',
      author: { name: 'Иван Петров', id: '111' },
      detectedAt: Date.parse('2025-03-15T12:00:00+03:00'),
    });
    expect(button.hasAttribute('data-otklik-capture')).toBe(false);
    expect(button.getAttribute('data-otklik-case')).toBe('case-1');
    expect(button.textContent).toBe('Новое · 2 ч 15 мин раб.');
    expect(button.title).toBe('до 17:30, пт');
    expect(button.getAttribute('aria-label')).toContain('Новое');
    // The site's own click handler on the comment (Wall.replyClick) never saw the click.
    expect((doc.getElementById('reply_to-123456_789') as HTMLInputElement).value).toBe('');
  });

  it('keeps the badge live: refreshed every 30 s while the page is visible, and when it becomes visible again', async () => {
    started = await startOn('vk/legacy-wall.html', WALL, vkAdapter);
    const { doc, background, settle, tick } = started;
    const button = doc.getElementById('post-123456_1001')!.querySelector<HTMLButtonElement>('[data-otklik-capture]')!;
    button.click();
    await settle();
    expect(button.textContent).toBe('Новое · 2 ч 15 мин раб.');
    const asked = () => background.callsOf('caseBadges').length;
    const before = asked();

    // The case moved on elsewhere (the side panel): the next tick shows it.
    background.cases.get('case-1')!.status = 'approved';
    tick();
    await settle();
    expect(asked()).toBe(before + 1);
    expect(background.callsOf('caseBadges').at(-1)!.payload).toEqual({ caseIds: ['case-1'] });
    expect(button.textContent).toBe('Согласовано · 2 ч 15 мин раб.');

    // A hidden tab asks nothing; it catches up when shown again.
    Object.defineProperty(doc, 'hidden', { value: true, configurable: true });
    background.cases.get('case-1')!.status = 'answered';
    tick();
    await settle();
    expect(asked()).toBe(before + 1);
    Object.defineProperty(doc, 'hidden', { value: false, configurable: true });
    doc.dispatchEvent(new started.page.window.Event('visibilitychange') as unknown as Event);
    await settle();
    expect(asked()).toBe(before + 2);
    expect(button.textContent).toBe('Ответ опубликован · 2 ч 15 мин раб.');
  });

  it('shows the case of an item captured before instead of a button, after a reload', async () => {
    const background = fakeBackground();
    started = await startOn('vk/legacy-wall.html', WALL, vkAdapter, background);
    started.doc.getElementById('post-123456_789')!.querySelector<HTMLButtonElement>('[data-otklik-capture]')!.click();
    await started.settle();
    await started.close();
    started = await startOn('vk/legacy-wall.html', WALL, vkAdapter, background);
    const badge = started.doc.querySelector('[data-otklik-key="wall-123456_789"]')!;
    expect(badge.getAttribute('data-otklik-case')).toBe('case-1');
    expect(started.doc.querySelectorAll('[data-otklik-case]')).toHaveLength(1);
    expect(background.callsOf('casesByKeys').at(-1)!.payload).toMatchObject({ network: 'vk', itemKeys: expect.arrayContaining(['wall-123456_789']) });
  });

  it('on a long wall puts every button in at once and reads the keys, the known cases and the names in idle time', async () => {
    const html = largeVkPage(300);
    const background = fakeBackground();
    started = await startOn('generated', WALL, vkAdapter, background, html);
    started.doc.querySelector<HTMLButtonElement>('[data-post-id="-123456_10001"] .otklik-ui')!.click();
    await started.settle();
    await started.close();
    const lookupsBefore = background.callsOf('casesByKeys').length;

    started = await startOn('generated', WALL, vkAdapter, background, html);
    const { doc, settle } = started;
    const lookups = () => background.callsOf('casesByKeys').slice(lookupsBefore);
    const items = vkAdapter.findItems(doc);
    const buttons = () => Array.from(doc.querySelectorAll<HTMLButtonElement>('button.otklik-ui'));
    expect(items).toHaveLength(300);
    expect(buttons()).toHaveLength(300);
    // Nothing read yet: no keys, no lookup; the buttons already capture (read at click time).
    expect(controls(doc)).toHaveLength(0);
    expect(lookups()).toHaveLength(0);
    const early = doc.querySelector<HTMLButtonElement>('[data-post-id="-123456_10002"] .otklik-ui')!;
    early.click();
    await settle();
    expect(background.callsOf('capture').at(-1)!.payload).toMatchObject({ itemKey: 'wall-123456_10002' });
    expect(early.getAttribute('data-otklik-case')).toBe('case-2');

    let rounds = 0;
    while (started.idle(3) > 0 && rounds < 1_000) rounds++;
    await settle();
    expect(rounds).toBeGreaterThan(1);
    expect(keysOf(doc)).toEqual(items.map((item) => vkAdapter.keyOf(item, WALL)));
    // Every key asked once: the clicked one at the click, the others in idle time.
    expect(new Set(lookups().flatMap((call) => (call.payload as { itemKeys: string[] }).itemKeys)).size).toBe(300);
    expect(lookups().flatMap((call) => (call.payload as { itemKeys: string[] }).itemKeys)).toHaveLength(300);
    expect(doc.querySelector('[data-otklik-key="wall-123456_10001"]')!.getAttribute('data-otklik-case')).toBe('case-1');
    expect(early.getAttribute('data-otklik-key')).toBe('wall-123456_10002');
    expect(early.getAttribute('data-otklik-case')).toBe('case-2');
    expect(doc.querySelectorAll('[data-otklik-case]')).toHaveLength(2);
    expect(buttons().filter((button) => button.hasAttribute('data-otklik-capture')).every((button) => /^Взять в работу: /.test(button.getAttribute('aria-label')!))).toBe(true);
  });

  it('on a long wall reads a clicked button’s key at once, so a container recycled after the click gets a fresh button', async () => {
    started = await startOn('generated', WALL, vkAdapter, fakeBackground(), largeVkPage(300));
    const { doc, frame, settle } = started;
    const post = doc.querySelector('[data-post-id="-123456_10002"]')!;
    const own = () => Array.from(post.querySelectorAll<HTMLButtonElement>('button.otklik-ui')).filter((button) => button.closest('[data-testid="post"], [data-testid^="wall_comments_comment"]') === post);
    own()[0]!.click();
    await settle();
    expect(own()[0]!.getAttribute('data-otklik-case')).toBe('case-1');

    // The virtualized feed re-fills the same element with another post.
    post.setAttribute('data-post-id', '-123456_99999');
    frame();
    await settle();
    expect(own()).toHaveLength(1);
    expect(own()[0]!.getAttribute('data-otklik-key')).toBe('wall-123456_99999');
    expect(own()[0]!.hasAttribute('data-otklik-capture')).toBe(true);
    expect(doc.querySelectorAll('[data-otklik-case]')).toHaveLength(0);
  });

  it('on a long wall skips in idle time the items the site removed, and stops with the page session', async () => {
    started = await startOn('generated', WALL, vkAdapter, fakeBackground(), largeVkPage(300));
    const { doc } = started;
    doc.querySelector('[data-post-id="-123456_10001"]')!.remove();
    while (started.idle(50) > 0);
    expect(controls(doc)).toHaveLength(vkAdapter.findItems(doc).length);
    await started.settle();
    const asked = started.background.callsOf('casesByKeys').flatMap((call) => (call.payload as { itemKeys: string[] }).itemKeys);
    expect(asked).toHaveLength(vkAdapter.findItems(doc).length);
    expect(asked.some((key) => key.startsWith('wall-123456_10001'))).toBe(false);

    await started.close();
    started = await startOn('generated', WALL, vkAdapter, fakeBackground(), largeVkPage(300));
    started.session.stop();
    expect(started.idle(50)).toBe(1);
    expect(started.idle(50)).toBe(0);
    expect(controls(started.doc)).toHaveLength(0);
  });

  it('opens the case from its badge with one message sent inside the click', async () => {
    started = await startOn('vk/legacy-wall.html', WALL, vkAdapter);
    const { doc, background, settle } = started;
    const button = doc.querySelector<HTMLButtonElement>('[data-otklik-capture]')!;
    button.click();
    await settle();
    button.click();
    expect(background.callsOf('openCaseFromPage').map((call) => call.payload)).toEqual([{ caseId: 'case-1' }]);
  });

  it('records the address and the selected text, and says what is missing, when the markup is not recognised', async () => {
    started = await startOn('vk/legacy-wall.html', WALL, vkAdapter);
    const { doc, background, settle } = started;
    const post = doc.getElementById('post-123456_788')!;
    // The markup changed: the text, the date and the author are gone.
    post.querySelectorAll('.wall_post_text, .post_date, .post_author').forEach((node) => node.remove());
    const text = doc.getElementById('post-123456_1010')!.querySelector('.wall_reply_text')!;
    doc.getSelection()!.selectAllChildren(text);
    const button = post.querySelector<HTMLButtonElement>('[data-otklik-key="wall-123456_788"]')!;
    button.click();
    await settle();
    expect(background.callsOf('capture')).toEqual([]);
    expect(background.callsOf('captureUnrecognised')[0]!.payload).toEqual({
      network: 'vk',
      pageUrl: WALL,
      pageTitle: doc.title,
      text: doc.getSelection()!.toString(),
      detectedAt: Date.parse('2025-03-15T12:00:00+03:00'),
    });
    const [stored] = [...background.cases.values()].map((c) => c.item);
    expect(stored!.markup).toBe('vk-unrecognised');
    expect(stored!.kind).toBe('message');
    expect(stored!.text).toBe(text.textContent!.trim());
    expect(stored!.itemKey).toMatch(/^vk\.com\/club123456#text=[0-9a-f]{16}$/);
    expect(stored!.missing).toEqual(expect.arrayContaining(['kind', 'author.name', 'postedAt']));
    // The control shows the case under the key the background gave the item.
    expect(button.getAttribute('data-otklik-key')).toBe(stored!.itemKey);
    expect(button.getAttribute('data-otklik-case')).toBe('case-1');
    const toast = doc.getElementById('otklik-toast')!;
    expect(toast.getAttribute('role')).toBe('status');
    expect(toast.textContent).toContain('Вёрстка не распознана');
    expect(toast.textContent).toContain('имя автора');
  });
});
