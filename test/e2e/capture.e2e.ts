/**
 * Capture on the page, in Chromium with the built extension, on every VK and OK replica: a button
 * on each post and comment, one click records the case (read back from the extension's database),
 * the button becomes the case's badge, a second capture finds the same case, a reload shows it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, SCREENS_DIR, type ExtensionSession } from './harness/browser';
import { send } from './harness/messages';
import { allCases, captureOnPage, clearCases, clickCaptureSelectionMenu, controlKeys, countCases, layoutShifts, openSite, readCase } from './page-helpers';

interface Target {
  key: string;
  expected: Record<string, unknown>;
}

interface Replica {
  name: string;
  /** File name of its screenshot in test/e2e/screens/. */
  shot: string;
  url: string;
  keys: string[];
  targets: Target[];
}

const ADMIN = 'Администрация города Заречный';
const MARIA = 'Мария Соколова';

const REPLICAS: Replica[] = [
  {
    name: 'VK legacy wall',
    shot: 'vk-legacy',
    url: 'https://vk.com/club123456',
    keys: ['wall-123456_789', ...['1001', '1002', '1003', '1004', '1006', '1007'].map((c) => `wall-123456_789?reply=${c}`), 'wall-123456_788', 'wall-123456_788?reply=1010'],
    targets: [
      { key: 'wall-123456_789', expected: { kind: 'post', markup: 'vk-legacy', url: 'https://vk.com/wall-123456_789', ref: { ownerId: '-123456', postId: '789' }, author: { name: ADMIN, id: '-123456' }, text: expect.stringMatching(/^❄️ Уборка снега/) } },
      { key: 'wall-123456_789?reply=1002', expected: { kind: 'comment', markup: 'vk-legacy', url: 'https://vk.com/wall-123456_789?reply=1002&thread=1001', threadUrl: 'https://vk.com/wall-123456_789', ref: { ownerId: '-123456', postId: '789', commentId: '1002', threadId: '1001' }, author: { name: MARIA, id: '555' }, text: 'Тоже интересно. Там ещё и фонарь не горит.' } },
      // Hostile text is stored as the citizen typed it: data, never markup.
      { key: 'wall-123456_789?reply=1004', expected: { kind: 'comment', author: { name: 'Аноним Тролль', id: '666' }, text: '<script>alert("xss")</script> <img src=x onerror=alert(1)> [id1|Иван], где ответ администрации?!', postedAtText: '13 мар в 23:47' } },
    ],
  },
  {
    name: 'VK hybrid wall',
    shot: 'vk-hybrid',
    url: 'https://vk.com/club223344',
    keys: ['wall-223344_101', 'wall-223344_101?reply=2101', 'wall-223344_101?reply=2102', 'wall-223344_101?reply=2103', 'wall-223344_100'],
    targets: [
      { key: 'wall-223344_101', expected: { kind: 'post', markup: 'vk-hybrid', url: 'https://vk.com/wall-223344_101', ref: { ownerId: '-223344', postId: '101' }, author: { name: 'МКУ «Благоустройство» г. Заречный', id: '-223344' } } },
      { key: 'wall-223344_101?reply=2102', expected: { kind: 'comment', markup: 'vk-hybrid', url: 'https://vk.com/wall-223344_101?reply=2102&thread=2101', ref: { ownerId: '-223344', postId: '101', commentId: '2102', threadId: '2101' } } },
    ],
  },
  {
    name: 'VK React post page',
    shot: 'vk-react-post',
    url: 'https://vk.com/wall-123456_789',
    keys: ['wall-123456_789', ...['1001', '1002', '1003', '1004', '1008', '1006', '1007', '1009'].map((c) => `wall-123456_789?reply=${c}`)],
    targets: [
      { key: 'wall-123456_789', expected: { kind: 'post', markup: 'vk-react', url: 'https://vk.com/wall-123456_789', author: { name: ADMIN, id: '-123456' } } },
      { key: 'wall-123456_789?reply=1002', expected: { kind: 'comment', markup: 'vk-react', url: 'https://vk.com/wall-123456_789?reply=1002&thread=1001', ref: { ownerId: '-123456', postId: '789', commentId: '1002', threadId: '1001' }, author: { name: MARIA, url: 'https://vk.com/id555', id: '555' } } },
    ],
  },
  {
    name: 'VK React post as a layer (?w=wall…)',
    shot: 'vk-react-layer',
    url: 'https://vk.com/club123456?w=wall-123456_790',
    keys: ['wall-123456_790', 'wall-123456_787', 'wall-123456_790', 'wall-123456_790?reply=1101', 'wall-123456_790?reply=1102'],
    targets: [
      { key: 'wall-123456_790', expected: { kind: 'post', url: 'https://vk.com/wall-123456_790', text: expect.stringMatching(/^🛝 Ремонт детской площадки/) } },
      { key: 'wall-123456_790?reply=1102', expected: { kind: 'comment', url: 'https://vk.com/wall-123456_790?reply=1102&thread=1101', author: { name: MARIA, id: '555' }, postedAtText: '20 минут назад' } },
    ],
  },
  {
    name: 'VK React virtualized feed',
    shot: 'vk-react-feed',
    url: 'https://vk.com/feed',
    keys: ['wall-123456_799', 'wall-445566_4999', 'wall-223344_149', 'wall111_39', 'wall-334455_89', 'wall-123456_798'],
    targets: [{ key: 'wall-445566_4999', expected: { kind: 'post', url: 'https://vk.com/wall-445566_4999', author: { name: 'Заречный онлайн | Новости', id: '-445566' }, postedAtText: '5 минут назад' } }],
  },
  {
    name: 'VK mobile (m.vk.com)',
    shot: 'vk-mobile',
    url: 'https://m.vk.com/wall-123456_789',
    keys: ['wall-123456_789', ...['1001', '1002', '1004', '1006'].map((c) => `wall-123456_789?reply=${c}`)],
    targets: [
      { key: 'wall-123456_789', expected: { kind: 'post', markup: 'vk-react-mobile', url: 'https://m.vk.com/wall-123456_789' } },
      { key: 'wall-123456_789?reply=1002', expected: { kind: 'comment', markup: 'vk-react-mobile', url: 'https://m.vk.com/wall-123456_789?reply=1002&thread=1001', author: { name: MARIA, url: 'https://m.vk.com/id555', id: '555' } } },
    ],
  },
  {
    name: 'VK mobile wall (m.vk.com, a repost)',
    shot: 'vk-mobile-wall',
    url: 'https://m.vk.com/club123456',
    keys: ['wall-123456_789', 'wall-123456_788', 'wall-123456_786'],
    targets: [
      { key: 'wall-123456_789', expected: { kind: 'post', markup: 'vk-react-mobile', url: 'https://m.vk.com/wall-123456_789', author: { name: ADMIN, url: 'https://m.vk.com/club123456', id: '-123456' }, text: expect.stringMatching(/^❄️ Уборка снега: итоги ночной смены\n\nЗа ночь/), attachments: [expect.objectContaining({ type: 'photo', url: 'https://m.vk.com/photo-123456_457239017' })] } },
      { key: 'wall-123456_786', expected: { kind: 'post', markup: 'vk-react-mobile', url: 'https://m.vk.com/wall-123456_786', text: 'Публикуем график приёма граждан на апрель.', postedAtText: '12 марта 2025', postedAtPrecision: 'day' } },
    ],
  },
  {
    name: 'VK legacy wall on vk.ru',
    shot: 'vk-legacy-vk-ru',
    url: 'https://vk.ru/club123456',
    keys: ['wall-123456_789', ...['1001', '1002', '1003', '1004', '1006', '1007'].map((c) => `wall-123456_789?reply=${c}`), 'wall-123456_788', 'wall-123456_788?reply=1010'],
    targets: [
      { key: 'wall-123456_789?reply=1002', expected: { kind: 'comment', markup: 'vk-legacy', url: 'https://vk.ru/wall-123456_789?reply=1002&thread=1001', threadUrl: 'https://vk.ru/wall-123456_789', pageUrl: 'https://vk.ru/club123456', author: { name: MARIA, id: '555' } } },
    ],
  },
  {
    name: 'VK mobile (m.vk.ru)',
    shot: 'vk-mobile-vk-ru',
    url: 'https://m.vk.ru/wall-123456_789',
    keys: ['wall-123456_789', ...['1001', '1002', '1004', '1006'].map((c) => `wall-123456_789?reply=${c}`)],
    targets: [
      { key: 'wall-123456_789?reply=1002', expected: { kind: 'comment', markup: 'vk-react-mobile', url: 'https://m.vk.ru/wall-123456_789?reply=1002&thread=1001', author: { name: MARIA, url: 'https://m.vk.ru/id555', id: '555' } } },
    ],
  },
  {
    name: 'OK group feed',
    shot: 'ok-feed',
    url: 'https://ok.ru/group/70000001234567',
    keys: ['topic/156795562550690', 'topic/156795562550671', 'topic/156795562550680', 'topic/156795562550660'],
    targets: [{ key: 'topic/156795562550671', expected: { network: 'ok', kind: 'post', markup: 'ok-feed', url: 'https://ok.ru/group/70000001234567/topic/156795562550671', ref: { topicId: '156795562550671', ownerId: '70000001234567' } } }],
  },
  {
    name: 'OK topic page',
    shot: 'ok-topic',
    url: 'https://ok.ru/group/70000001234567/topic/156795562550671',
    keys: ['topic/156795562550671', ...['175001', '175002', '175003', '175005', '175006', '175007'].map((c) => `topic/156795562550671#comment=${c}`)],
    targets: [
      { key: 'topic/156795562550671', expected: { network: 'ok', kind: 'post', markup: 'ok-topic', author: { name: 'Администрация г. Заречный', id: '70000001234567' } } },
      { key: 'topic/156795562550671#comment=175002', expected: { network: 'ok', kind: 'comment', url: 'https://ok.ru/group/70000001234567/topic/156795562550671#comment=175002', ref: { topicId: '156795562550671', commentId: '175002', threadId: '175001' }, author: { name: 'Иван Петров', url: 'https://ok.ru/ivan.petrov' }, missing: ['author.id'] } },
    ],
  },
  {
    name: 'OK topic layer over the feed',
    shot: 'ok-topic-layer',
    url: 'https://ok.ru/zarechny.adm/topic/156795562550690',
    keys: ['topic/156795562550690', 'topic/156795562550671', 'topic/156795562550680', 'topic/156795562550660', 'topic/156795562550690', ...['176001', '176002', '176003'].map((c) => `topic/156795562550690#comment=${c}`)],
    targets: [
      { key: 'topic/156795562550690', expected: { network: 'ok', kind: 'post', markup: 'ok-topic-layer', url: 'https://ok.ru/zarechny.adm/topic/156795562550690' } },
      { key: 'topic/156795562550690#comment=176002', expected: { network: 'ok', kind: 'comment', ref: { topicId: '156795562550690', commentId: '176002', threadId: '176001' }, author: { name: MARIA, id: '577777777777' } } },
    ],
  },
];

describe('capture on the page (Chromium)', () => {
  let session: ExtensionSession;
  let ext: Page;
  beforeAll(async () => {
    mkdirSync(SCREENS_DIR, { recursive: true });
    session = await launchWithExtension();
    ext = await session.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await session?.close();
  });

  describe.each(REPLICAS)('$name', (replica) => {
    it('puts a button on every post and comment, records a post and a reply, shows their cases, also after a reload', async () => {
      await clearCases(ext);
      const page = await openSite(session, replica.url);
      expect(await controlKeys(page, replica.keys.length)).toEqual(replica.keys);
      expect(await page.locator('[data-otklik-capture]').count()).toBe(replica.keys.length);
      expect(await page.locator('button[data-otklik-key]').count()).toBe(replica.keys.length);
      // The buttons join the items' action bars without making any item taller.
      expect(await layoutShifts(page)).toEqual([]);

      const caseIds: string[] = [];
      for (const target of replica.targets) {
        const before = Date.now();
        const caseId = await captureOnPage(page, target.key);
        caseIds.push(caseId);
        const stored = (await readCase(ext, caseId))!;
        expect(stored).toMatchObject({ network: 'vk', itemKey: target.key, status: 'new', missing: [], ...target.expected });
        expect(stored.text.length).toBeGreaterThan(0);
        expect(typeof stored.postedAt).toBe('number');
        expect(stored.detectedAt).toBeGreaterThanOrEqual(before - 1_000);
        expect(stored.detectedAt).toBeLessThanOrEqual(Date.now());
        // Every control of that item (a post shown in a layer and on the wall below) shows the case.
        const badges = page.locator(`[data-otklik-key="${target.key}"]`);
        for (const badge of await badges.all()) {
          expect(await badge.getAttribute('data-otklik-case')).toBe(caseId);
          await expect.poll(() => badge.textContent()).toMatch(/^Новое · (\d+ ч )?\d+ мин раб\.$|^Новое · \d+ ч раб\.$|^Новое · просрочено/);
        }
      }
      expect(await countCases(ext)).toBe(replica.targets.length);
      // Nor do the (wider) badges of the captured items.
      expect(await layoutShifts(page)).toEqual([]);
      await page.locator(`[data-otklik-key="${replica.targets.at(-1)!.key}"]`).last().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENS_DIR, `capture-${replica.shot}.png`) });

      // Capturing the same item again (another window, a second click) finds the same case.
      const again = await send(ext, 'capture', { ...(await readCase(ext, caseIds[0]!))!, missing: [] } as never);
      expect(again).toMatchObject({ caseId: caseIds[0], created: false });

      await page.reload();
      await page.waitForFunction((n) => document.querySelectorAll('[data-otklik-case]').length >= n, replica.targets.length, { timeout: 10_000 });
      for (const [index, target] of replica.targets.entries()) {
        expect(await page.locator(`[data-otklik-key="${target.key}"]`).first().getAttribute('data-otklik-case')).toBe(caseIds[index]);
      }
      expect(await page.locator('[data-otklik-key]').count()).toBe(replica.keys.length);
      expect(await countCases(ext)).toBe(replica.targets.length);
      await page.close();
    });
  });

  it('creates the context-menu item «Взять выделенное в работу»', async () => {
    const title = await session.serviceWorker.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const api = (globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object, cb: () => void): void }; runtime: { lastError?: { message: string } } } }).chrome;
          // update() fails for an item that does not exist.
          api.contextMenus.update('otklik-capture-selection', { title: 'Взять выделенное в работу' }, () => resolve(api.runtime.lastError?.message ?? 'exists'));
        }),
    );
    expect(title).toBe('exists');
  });

  it('«Взять выделенное в работу» records the selection, address and title: telegram on web.telegram.org, other elsewhere; the case opens', async () => {
    await clearCases(ext);
    session.server.setPage(
      'other',
      '/k/',
      '<!doctype html><meta charset="utf-8"><title>Заречный — чат жителей</title><div class="bubble">Когда   откроют <b>каток</b><br>на Лесной?</div><div>Другое сообщение</div>',
    );
    session.server.setPage('other', '/forum/t/123', '<!doctype html><meta charset="utf-8"><title>Форум Заречного</title><p id="post">Яма на дороге у школы № 3</p>');
    const cases = [
      { url: 'https://web.telegram.org/k/#@zarechny_chat', select: '.bubble', network: 'telegram', text: 'Когда откроют каток\nна Лесной?', title: 'Заречный — чат жителей', key: /^web\.telegram\.org\/k#@zarechny_chat#text=[0-9a-f]{16}$/ },
      { url: 'https://example.org/forum/t/123?utm_source=vk', select: '#post', network: 'other', text: 'Яма на дороге у школы № 3', title: 'Форум Заречного', key: /^example\.org\/forum\/t\/123#text=[0-9a-f]{16}$/ },
    ];
    for (const [index, expected] of cases.entries()) {
      const page = await session.context.newPage();
      await page.goto(expected.url);
      await page.evaluate((selector) => window.getSelection()!.selectAllChildren(document.querySelector(selector)!), expected.select);
      await clickCaptureSelectionMenu(session, page);
      await expect.poll(() => countCases(ext), { timeout: 10_000 }).toBe(index + 1);
      const stored = (await allCases(ext)).find((row) => row.url === expected.url)!;
      expect(stored).toMatchObject({ network: expected.network, kind: 'message', markup: 'selection', text: expected.text, pageTitle: expected.title, pageUrl: expected.url, status: 'new' });
      expect(stored.itemKey).toMatch(expected.key);
      expect(stored.missing).toEqual(expect.arrayContaining(['author.name', 'postedAt']));
      expect(stored.missing).not.toContain('text');
      // The case opens (the side panel, or its window where no gesture allows the panel).
      await expect
        .poll(async () => {
          const contexts = await session.serviceWorker.evaluate(() =>
            (globalThis as unknown as { chrome: { runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> } } }).chrome.runtime.getContexts({}),
          );
          return contexts.some((context) => context.documentUrl?.includes(`sidepanel.html?case=${encodeURIComponent(stored.id)}`));
        }, { timeout: 10_000 })
        .toBe(true);
      // The same selection again is the same case.
      await clickCaptureSelectionMenu(session, page);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await countCases(ext)).toBe(index + 1);
      await page.close();
    }
    // The case windows opened without a gesture would take the focus from the next tests' pages.
    for (const open of session.context.pages()) if (open.url().includes('sidepanel.html')) await open.close();
  });

  it('gives buttons to a topic opened as a layer without a reload (SPA navigation)', async () => {
    const page = await openSite(session, 'https://ok.ru/group/70000001234567');
    await controlKeys(page, 4);
    await page.locator('[data-layer-topic="156795562550690"]').first().click();
    await page.waitForURL('**/zarechny.adm/topic/156795562550690');
    expect(await controlKeys(page, 8)).toEqual([
      'topic/156795562550690',
      'topic/156795562550671',
      'topic/156795562550680',
      'topic/156795562550660',
      'topic/156795562550690',
      ...['176001', '176002', '176003'].map((c) => `topic/156795562550690#comment=${c}`),
    ]);
    await page.close();
  });

  it('gives posts and comments loaded later (infinite scroll, a new reply) a button each, in the next frames', async () => {
    const vk = await openSite(session, 'https://vk.com/club123456');
    const before = await controlKeys(vk, 9);
    await vk.evaluate(() => {
      // The wall's next page arrives as server markup (VK's «Показать ещё» / #wall_more_link), a post with a comment.
      const wall = document.getElementById('post-123456_788')!.parentElement!;
      wall.insertAdjacentHTML(
        'beforeend',
        '<div id="post-123456_700" class="post _post" data-post-id="-123456_700"><div class="post_header"><h5 class="post_author"><a class="author" href="/club123456" data-from-id="-123456" data-post-click-type="post_owner_link">Администрация города Заречный</a></h5><div class="post_date"><a class="post_link" href="/wall-123456_700">1 мар в 9:00</a></div></div><div class="wall_post_text">Старая запись, подгруженная при прокрутке.</div><div class="post_full_like"><a class="PostBottomAction like _like">♡ 2</a></div>' +
          '<div class="replies"><div class="replies_list"><div id="post-123456_701" class="reply _post" data-post-id="-123456_701"><div class="reply_content"><div class="reply_author"><a class="author" href="/id7" data-from-id="7">Пётр</a></div><div class="reply_text"><div class="wall_reply_text">А у нас?</div></div><div class="reply_footer"><div class="reply_date"><a class="wd_lnk" href="/wall-123456_700?reply=701">2 мар в 8:00</a></div></div></div></div></div></div></div>',
      );
    });
    await expect.poll(() => controlKeys(vk, 11)).toEqual([...before, 'wall-123456_700', 'wall-123456_700?reply=701']);
    // Nothing else moved or doubled: one control per item.
    expect(await vk.locator('#post-123456_700 [data-otklik-key]').count()).toBe(2);
    await vk.close();

    const ok = await openSite(session, 'https://ok.ru/group/70000001234567');
    const feed = await controlKeys(ok, 4);
    await ok.evaluate(() => {
      // OK's lazily loaded feed: another .feed-w at the end.
      const last = Array.from(document.querySelectorAll('.feed-w')).at(-1)!;
      const next = last.cloneNode(true) as HTMLElement;
      next.querySelectorAll('[data-otklik-ui]').forEach((own) => own.remove());
      next.querySelector('.feed')!.setAttribute('data-seen-params', '{"data": {"topicId": "156795562550600"}}');
      next.querySelectorAll('a[href*="/topic/"]').forEach((link) => link.setAttribute('href', '/group/70000001234567/topic/156795562550600'));
      last.after(next);
    });
    await expect.poll(() => controlKeys(ok, 5)).toEqual([...feed, 'topic/156795562550600']);
    await ok.close();
  });

  it('keeps buttons right on the virtualized feed as containers are recycled while scrolling', async () => {
    const page = await openSite(session, 'https://vk.com/feed');
    await controlKeys(page, 6);
    for (const start of [8, 15, 2]) {
      await page.evaluate((n) => (window as unknown as { __feed: { renderFrom(n: number): void } }).__feed.renderFrom(n), start);
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll('[data-testid="post"]')).every((post) => {
          const own = post.querySelectorAll('[data-otklik-key]');
          return own.length === 1 && own[0]!.getAttribute('data-otklik-key') === `wall${post.getAttribute('data-post-id')}`;
        }),
      );
    }
    expect(await page.locator('[data-otklik-key]').count()).toBe(6);
    await page.close();
  });

  it('is a keyboard-reachable button named after the author, and opens the case from its badge', async () => {
    await clearCases(ext);
    const page = await openSite(session, 'https://vk.com/club123456');
    await controlKeys(page, 9);
    const button = page.locator('[data-otklik-key="wall-123456_789?reply=1002"]');
    await button.focus();
    await expect.poll(() => button.getAttribute('aria-label')).toBe(`Взять в работу: ${MARIA}`);
    await page.keyboard.press('Enter');
    await page.locator('[data-otklik-key="wall-123456_789?reply=1002"][data-otklik-case]').waitFor();
    const caseId = await button.getAttribute('data-otklik-case');
    await expect.poll(() => button.getAttribute('aria-label')).toMatch(/^Дело: Новое, .*Открыть в боковой панели$/);
    await button.click();
    await expect
      .poll(async () => {
        const contexts = await session.serviceWorker.evaluate(() =>
          (globalThis as unknown as { chrome: { runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> } } }).chrome.runtime.getContexts({}),
        );
        return contexts.some((context) => context.documentUrl?.includes(`sidepanel.html?case=${caseId}`));
      }, { timeout: 10_000 })
      .toBe(true);
    await page.close();
  });

  it('records the address and the selected text when the markup is not recognised, and says what is missing', async () => {
    await clearCases(ext);
    session.server.setPage(
      'vk',
      '/otklik-new-markup',
      '<!doctype html><meta charset="utf-8"><title>Новая вёрстка</title><div class="post" data-post-id="-1_5"><div class="SomethingNew">Когда отремонтируют крышу на Лесной, 5?</div><div class="post_full_like"></div></div>',
    );
    const page = await openSite(session, 'https://vk.com/otklik-new-markup');
    await controlKeys(page, 1);
    await page.evaluate(() => window.getSelection()!.selectAllChildren(document.querySelector('.SomethingNew')!));
    const caseId = await captureOnPage(page, 'wall-1_5');
    const stored = (await readCase(ext, caseId))!;
    expect(stored).toMatchObject({ network: 'vk', kind: 'message', markup: 'vk-unrecognised', url: 'https://vk.com/otklik-new-markup', text: 'Когда отремонтируют крышу на Лесной, 5?', pageTitle: 'Новая вёрстка' });
    expect(stored.missing).toEqual(expect.arrayContaining(['kind', 'author.name', 'postedAt']));
    await expect.poll(() => page.locator('#otklik-toast').textContent()).toMatch(/^Вёрстка не распознана.*Нет: .*имя автора/);
    await page.close();
  });
});
