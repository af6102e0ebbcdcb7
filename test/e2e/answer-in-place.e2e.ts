/**
 * Answer in place, in Chromium with the built extension: `insertAnswer` from an extension page puts
 * the approved text into the fixture's reply editor (its own model, through real input events) as a
 * reply to THAT comment, sends nothing; the simulated human «Отправить» publishes the reply and the
 * case becomes published with the reply's permalink. A deleted comment: the text is copied instead.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, SCREENS_DIR, type ExtensionSession } from './harness/browser';
import { send } from './harness/messages';
import { FIXTURES_DIR } from './harness/server';
import { activeTabUrl, approveAnswer, captureOnPage, clearCases, controlKeys, editorEvents, openSite, readCase, sentReplies, toastPlacement } from './page-helpers';

interface Scenario {
  name: string;
  url: string;
  itemKey: string;
  answer: string;
  /** What the editor holds: the answer, after the greeting the site puts in when it is not the answer's own. */
  model: string;
  editor: string;
  send: string;
  /** The reply target as the site's own state holds it ('' for the post itself: no comment target). */
  target: (page: Page) => Promise<string | undefined>;
  targetId: string;
  /** The published reply's permalink starts so (vk.ru stays vk.ru, OK: the topic URL + #comment=). */
  replyUrl: RegExp;
  /** What the toast must leave visible besides the editor and «Отправить» (default: the highlighted item). */
  keepVisible?: string;
}

const legacyTarget = (key: string) => (page: Page) => page.$eval(`#reply_to${key}`, (input) => (input as HTMLInputElement).value);
const composerTarget = (scope: string) => (page: Page) =>
  page.$eval(`${scope} [class*="vkitCommentInput__root"]`, (root) => (root as unknown as { __target?: { commentId: string } | null }).__target?.commentId ?? '');
const okTarget = (scope: string) => (page: Page) => page.$eval(`${scope} input[name="st.rid"]`, (input) => (input as HTMLInputElement).value);

const SCENARIOS: Scenario[] = [
  {
    name: 'VK legacy wall, a reply in a thread (hidden #reply_to)',
    url: 'https://vk.com/club123456',
    itemKey: 'wall-123456_789?reply=1002',
    answer: 'Мария, заявка по фонарю передана в «Горсвет».\nЗаменят до пятницы.',
    model: 'Мария, заявка по фонарю передана в «Горсвет».\nЗаменят до пятницы.',
    editor: '#reply_field-123456_1001',
    send: '#reply_button-123456_1001',
    target: legacyTarget('-123456_1001'),
    targetId: '1002',
    replyUrl: /^https:\/\/vk\.com\/wall-123456_789\?reply=\d+&thread=1001$/,
  },
  {
    name: 'VK legacy wall, the post itself (the fakebox opens the box, no comment target)',
    url: 'https://vk.com/club123456',
    itemKey: 'wall-123456_788',
    answer: 'Спасибо за вопросы! График вывоза мусора обновлён.',
    model: 'Спасибо за вопросы! График вывоза мусора обновлён.',
    editor: '#reply_field-123456_788',
    send: '#reply_button-123456_788',
    target: legacyTarget('-123456_788'),
    targetId: '',
    replyUrl: /^https:\/\/vk\.com\/wall-123456_788\?reply=\d+$/,
  },
  {
    name: 'VK hybrid wall on vk.ru, a reply in a deep thread (the thread box)',
    url: 'https://vk.ru/club223344',
    itemKey: 'wall-223344_101?reply=2102',
    answer: 'спасибо, ждём.',
    model: 'МКУ «Благоустройство», спасибо, ждём.',
    editor: '#reply_field-223344_2101',
    send: '#reply_button-223344_2101',
    target: legacyTarget('-223344_2101'),
    targetId: '2102',
    replyUrl: /^https:\/\/vk\.ru\/wall-223344_101\?reply=\d+&thread=2101$/,
  },
  {
    name: 'VK React post page, a reply in a thread (composer target)',
    url: 'https://vk.com/wall-123456_789',
    itemKey: 'wall-123456_789?reply=1004',
    answer: 'Здравствуйте! Ответ администрации опубликован в закреплённой записи.',
    model: 'Аноним, Здравствуйте! Ответ администрации опубликован в закреплённой записи.',
    editor: '[data-testid="content-editable-input"]',
    send: '[data-testid="send-comment"]',
    target: composerTarget(''),
    targetId: '1004',
    replyUrl: /^https:\/\/vk\.com\/wall-123456_789\?reply=\d+&thread=1004$/,
  },
  {
    name: 'VK React post page on vk.ru, a root comment',
    url: 'https://vk.ru/wall-123456_789',
    itemKey: 'wall-123456_789?reply=1001',
    answer: 'Иван, яму у остановки заделают до пятницы.\nБригада уже выехала.',
    model: 'Иван, яму у остановки заделают до пятницы.\nБригада уже выехала.',
    editor: '[data-testid="content-editable-input"]',
    send: '[data-testid="send-comment"]',
    target: composerTarget(''),
    targetId: '1001',
    replyUrl: /^https:\/\/vk\.ru\/wall-123456_789\?reply=\d+&thread=1001$/,
  },
  {
    name: 'VK React post opened as a layer (?w=wall…), a comment in the layer',
    url: 'https://vk.com/club123456?w=wall-123456_790',
    itemKey: 'wall-123456_790?reply=1101',
    answer: 'песочницу заменят вместе с горкой.',
    model: 'Наталья, песочницу заменят вместе с горкой.',
    editor: '#post-layer [data-testid="content-editable-input"]',
    send: '#post-layer [data-testid="send-comment"]',
    target: composerTarget('#post-layer'),
    targetId: '1101',
    replyUrl: /^https:\/\/vk\.com\/wall-123456_790\?reply=\d+&thread=1101$/,
  },
  {
    name: 'VK virtualized feed, a post (the comments button opens its composer)',
    url: 'https://vk.com/feed',
    itemKey: 'wall-445566_4999',
    answer: 'Уточнение от администрации: перекрытие продлится до 18:00.',
    model: 'Уточнение от администрации: перекрытие продлится до 18:00.',
    editor: '[data-post-id="-445566_4999"] [data-testid="content-editable-input"]',
    send: '[data-post-id="-445566_4999"] [data-testid="send-comment"]',
    target: composerTarget('[data-post-id="-445566_4999"]'),
    targetId: '',
    replyUrl: /^https:\/\/vk\.com\/wall-445566_4999\?reply=\d+$/,
  },
  {
    name: 'm.vk.com, a reply in a thread through the composer fixed at the bottom',
    url: 'https://m.vk.com/wall-123456_789',
    itemKey: 'wall-123456_789?reply=1002',
    answer: 'фонарь заменят в четверг.',
    model: 'Мария, фонарь заменят в четверг.',
    editor: '[data-testid="content-editable-input"]',
    send: '[data-testid="send-comment"]',
    target: composerTarget(''),
    targetId: '1002',
    replyUrl: /^https:\/\/m\.vk\.com\/wall-123456_789\?reply=\d+&thread=1001$/,
  },
  {
    name: 'OK topic page, a reply to a comment («Ответить», st.rid)',
    url: 'https://ok.ru/group/70000001234567/topic/156795562550671',
    itemKey: 'topic/156795562550671#comment=175002',
    answer: 'Иван, двор дома 9 расчистят сегодня до 18:00.',
    model: 'Иван, двор дома 9 расчистят сегодня до 18:00.',
    editor: '.comments_add-ceditable',
    send: 'button[data-l="t,submit"]',
    target: okTarget(''),
    targetId: '175002',
    replyUrl: /^https:\/\/ok\.ru\/group\/70000001234567\/topic\/156795562550671#comment=\d+$/,
  },
  {
    name: 'OK topic layer over the feed, a reply to a reply',
    url: 'https://ok.ru/zarechny.adm/topic/156795562550690',
    itemKey: 'topic/156795562550690#comment=176002',
    answer: 'Мария, горку установят к 1 мая.',
    model: 'Мария, горку установят к 1 мая.',
    editor: '#hook_Block_MediaTopicLayerBody .comments_add-ceditable',
    send: '#hook_Block_MediaTopicLayerBody button[data-l="t,submit"]',
    target: okTarget('#hook_Block_MediaTopicLayerBody'),
    targetId: '176002',
    replyUrl: /^https:\/\/ok\.ru\/zarechny\.adm\/topic\/156795562550690#comment=\d+$/,
  },
  {
    name: 'OK group feed, a topic (its comments link opens the topic layer)',
    url: 'https://ok.ru/group/70000001234567',
    itemKey: 'topic/156795562550690',
    answer: 'Дополнение: на время ремонта площадка у школы открыта до 20:00.',
    model: 'Дополнение: на время ремонта площадка у школы открыта до 20:00.',
    editor: '#hook_Block_MediaTopicLayerBody .comments_add-ceditable',
    send: '#hook_Block_MediaTopicLayerBody button[data-l="t,submit"]',
    target: okTarget('#hook_Block_MediaTopicLayerBody'),
    targetId: '',
    replyUrl: /^https:\/\/ok\.ru\/zarechny\.adm\/topic\/156795562550690#comment=\d+$/,
    // The feed post is under the layer now; the topic in the layer is what the person reads.
    keepVisible: '#hook_Block_MediaTopicLayerBody .media-layer_c',
  },
];

describe('answer in place (Chromium)', () => {
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

  describe.each(SCENARIOS)('$name', (scenario) => {
    it('inserts the approved answer as a reply to that item, sends nothing; the human «Отправить» publishes it and the case is published', async () => {
      await clearCases(ext);
      for (const open of session.context.pages()) if (open.url().startsWith('https://')) await open.close();
      const page = await openSite(session, scenario.url);
      await controlKeys(page, 1);
      const caseId = await captureOnPage(page, scenario.itemKey);
      await approveAnswer(ext, caseId, scenario.answer);
      // Another tab in front (the side panel's page stands for it): the thread's tab is brought forward.
      await ext.bringToFront();
      await expect.poll(() => activeTabUrl(session)).toContain('popup.html');

      const result = await send(ext, 'insertAnswer', { caseId });
      expect(result).toMatchObject({ outcome: 'inserted', message: expect.stringContaining('нажмите «Отправить»') });
      expect(await activeTabUrl(session)).toBe(page.url());
      expect(session.context.pages().filter((open) => open.url().startsWith('https://'))).toHaveLength(1);
      expect(await page.$eval(scenario.editor, (editor) => (editor as HTMLElement).dataset.model)).toBe(scenario.model);
      const events = await editorEvents(page);
      // Chromium takes execCommand('insertText'): trusted input events, a real line break between lines.
      expect(events.some((event) => event.endsWith(':input:insertText'))).toBe(true);
      if (scenario.answer.includes('\n')) expect(events.some((event) => event.endsWith(':input:insertLineBreak'))).toBe(true);
      expect(events.filter((event) => /synthetic-ignored|foreign-mutation-reverted|keydown/.test(event))).toEqual([]);
      expect(await scenario.target(page)).toBe(scenario.targetId);
      expect(await sentReplies(page)).toEqual([]);
      expect(await page.$eval(scenario.send, (button) => button.classList.contains('otklik-send'))).toBe(true);
      // The item is highlighted; the toast (a polite live region) is centred below the site's header
      // (at the top unless that covers something) and covers neither the item, nor the reply box, nor «Отправить».
      expect(await page.locator('.otklik-hl').locator(`[data-otklik-key="${scenario.itemKey}"]`).count()).toBeGreaterThan(0);
      const toast = await toastPlacement(page, [scenario.keepVisible ?? '.otklik-hl', scenario.editor, scenario.send]);
      expect(toast).toMatchObject({ text: result.message, role: 'status', live: 'polite', covers: [] });
      expect(toast.top).toBeGreaterThanOrEqual(56);
      expect(Math.abs(toast.centreOffset)).toBeLessThan(2);
      expect((await readCase(ext, caseId))!.status).toBe('approved');

      // Marked for the check below (the highlight fades); an attribute the content script ignores.
      await page.$eval('.otklik-hl', (item) => item.setAttribute('data-test-item', ''));

      // The person checks the text and presses «Отправить» on the site.
      const sentAt = Date.now();
      await page.click(scenario.send);
      const [sent] = await sentReplies(page);
      expect(sent).toMatchObject({ text: scenario.model, url: expect.stringMatching(scenario.replyUrl) });
      await expect.poll(async () => (await readCase(ext, caseId))!.status, { timeout: 10_000 }).toBe('answered');
      const stored = (await readCase(ext, caseId))!;
      // Published with the reply's own permalink and the time the page gives for it.
      expect(stored.events.at(-1)).toMatchObject({ type: 'published', data: { kind: 'answer', url: sent!.url, replyAt: expect.any(Number) } });
      const { replyAt } = stored.events.at(-1).data as { replyAt: number };
      expect(replyAt).toBeGreaterThanOrEqual(sentAt - 61_000);
      expect(replyAt).toBeLessThanOrEqual(Date.now());
      expect(stored.reply).toMatchObject({ eventType: 'published', url: sent!.url });
      await expect.poll(() => page.locator(`[data-otklik-key="${scenario.itemKey}"]`).last().textContent(), { timeout: 10_000 }).toMatch(/^Ответ опубликован/);
      // «Ответ появился в ветке» leaves the item (and the reply under it) visible; a topic layer that fills the window leaves no such place.
      const published = await toastPlacement(page, ['[data-test-item]']);
      expect(published.text).toMatch(/^Ответ появился в ветке/);
      if (!scenario.keepVisible) expect(published.covers).toEqual([]);
      await page.screenshot({ path: join(SCREENS_DIR, `answer-in-place-${SCENARIOS.indexOf(scenario) + 1}.png`) });
      await page.close();
    });
  });

  it('answers a post captured on an m.vk.com wall on the post’s own page, where its comments link leads (same tab)', async () => {
    await clearCases(ext);
    for (const open of session.context.pages()) if (open.url().startsWith('https://')) await open.close();
    const page = await openSite(session, 'https://m.vk.com/club123456');
    await controlKeys(page, 3);
    const caseId = await captureOnPage(page, 'wall-123456_789');
    const answer = 'Спасибо дворникам и водителям!\nУборка продолжится этой ночью.';
    await approveAnswer(ext, caseId, answer);

    const result = await send(ext, 'insertAnswer', { caseId });
    expect(result).toMatchObject({ outcome: 'inserted', message: expect.stringContaining('нажмите «Отправить»') });
    // The wall has no reply box: the page went to the post through its own link, and the answer is there.
    expect(page.url()).toBe('https://m.vk.com/wall-123456_789');
    expect(session.context.pages().filter((open) => open.url().startsWith('https://m.vk.com/'))).toHaveLength(1);
    expect(await page.$eval('[data-testid="content-editable-input"]', (editor) => (editor as HTMLElement).dataset.model)).toBe(answer);
    expect((await editorEvents(page)).filter((event) => /synthetic-ignored|foreign-mutation-reverted|keydown/.test(event))).toEqual([]);
    expect(await page.$eval('[class*="vkitCommentInput__root"]', (root) => (root as unknown as { __target?: { commentId: string } | null }).__target?.commentId ?? '')).toBe('');
    expect(await sentReplies(page)).toEqual([]);

    await page.click('[data-testid="send-comment"]');
    const [sent] = await sentReplies(page);
    expect(sent).toMatchObject({ text: answer, url: 'https://m.vk.com/wall-123456_789?reply=3001' });
    await expect.poll(async () => (await readCase(ext, caseId))!.status, { timeout: 10_000 }).toBe('answered');
    expect((await readCase(ext, caseId))!.events.at(-1)).toMatchObject({ type: 'published', data: { url: sent!.url, replyAt: expect.any(Number) } });
    await page.close();
  });

  it('falls back to a synthetic paste in Chromium when the editor refuses what execCommand typed', async () => {
    await clearCases(ext);
    for (const open of session.context.pages()) if (open.url().startsWith('https://')) await open.close();
    const html = readFileSync(join(FIXTURES_DIR, 'vk/react-post.html'), 'utf8').replace('<html lang="ru">', '<html lang="ru" data-fixture-editor="paste-only">');
    expect(html).toContain('data-fixture-editor="paste-only"');
    session.server.setPage('vk', '/otklik-paste-only', html);
    const page = await openSite(session, 'https://vk.com/otklik-paste-only');
    await controlKeys(page, 1);
    const caseId = await captureOnPage(page, 'wall-123456_789?reply=1002');
    const answer = 'Мария, фонарь заменят в четверг.\nСпасибо, что написали.';
    await approveAnswer(ext, caseId, answer);

    expect(await send(ext, 'insertAnswer', { caseId })).toMatchObject({ outcome: 'inserted' });
    expect(await page.$eval('[data-testid="content-editable-input"]', (editor) => (editor as HTMLElement).dataset.model)).toBe(answer);
    const events = await editorEvents(page);
    expect(events).toContain('content-editable-input:input:insertText:refused');
    expect(events).toContain('content-editable-input:paste');
    expect(events.filter((event) => /synthetic-ignored|keydown/.test(event))).toEqual([]);
    expect(await page.$eval('[class*="vkitCommentInput__root"]', (root) => (root as unknown as { __target?: { commentId: string } }).__target?.commentId)).toBe('1002');
    expect(await sentReplies(page)).toEqual([]);
    await page.close();
  });

  it('copies the text and says so in Russian when the comment was deleted', async () => {
    await clearCases(ext);
    for (const open of session.context.pages()) if (open.url().startsWith('https://')) await open.close();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://vk.com' });
    const detectedAt = Date.now() - 60_000;
    const { caseId } = await send(ext, 'capture', {
      network: 'vk',
      kind: 'comment',
      itemKey: 'wall-123456_789?reply=1005',
      ref: { ownerId: '-123456', postId: '789', commentId: '1005' },
      url: 'https://vk.com/wall-123456_789?reply=1005',
      threadUrl: 'https://vk.com/wall-123456_789',
      author: { name: 'Пётр Иванов' },
      text: 'Комментарий, который потом удалили',
      attachments: [],
      detectedAt,
      pageUrl: 'https://vk.com/wall-123456_789',
      missing: ['author.url', 'author.id', 'postedAt', 'postedAtText'],
      markup: 'vk-react',
    });
    const answer = 'Пётр, ответ на ваш вопрос опубликован в записи администрации.';
    await approveAnswer(ext, caseId, answer);
    const result = await send(ext, 'insertAnswer', { caseId });
    expect(result.outcome).toBe('copied');
    expect(result.message).toMatch(/^Сообщение не найдено на странице: возможно, оно удалено\. Текст скопирован/);
    // No tab showed the thread: the permalink was opened.
    const page = session.context.pages().find((candidate) => candidate.url() === 'https://vk.com/wall-123456_789?reply=1005')!;
    expect(page).toBeDefined();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(answer);
    expect(await page.locator('#otklik-toast').textContent()).toBe(result.message);
    expect(await sentReplies(page)).toEqual([]);
    await page.close();
  });

  it('copies the text and says so when the item is there but no reply box opens (comments closed)', async () => {
    await clearCases(ext);
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://vk.com' });
    session.server.setPage(
      'vk',
      '/wall-1_5',
      `<!doctype html><meta charset="utf-8"><title>Комментарии закрыты</title>
      <div data-testid="post" data-post-id="-1_5" data-post-nesting-lvl="0">
        <a data-testid="post-header-avatar" href="/club1"></a><a data-testid="post-header-title" href="/club1">Администрация</a>
        <div data-testid="post-content-container"><div data-testid="showmoretext-in">Комментарии к записи закрыты.</div></div>
        <div><button data-testid="post_footer_action_like">♡</button></div>
        <div data-testid="wall_comments_layout_root">
          <div data-testid="wall_comments_comment_root" id="-1_7">
            <a data-testid="comment-avatar" href="/id5"></a>
            <div><a data-testid="comment-owner" href="/id5">Пётр Иванов</a>
              <div data-testid="comment-text"><div data-testid="showmoretext-in">Почему закрыли комментарии?</div></div>
              <a data-testid="wall_comment_date" href="/wall-1_5?reply=7">5 минут назад</a>
              <div><button data-testid="comment-reply">Ответить</button></div></div>
          </div>
        </div>
      </div>`,
    );
    const page = await openSite(session, 'https://vk.com/wall-1_5');
    await controlKeys(page, 2);
    const caseId = await captureOnPage(page, 'wall-1_5?reply=7');
    const answer = 'Пётр, комментарии закрыты на время проверки, ответ — в записи администрации.';
    await approveAnswer(ext, caseId, answer);
    const result = await send(ext, 'insertAnswer', { caseId });
    expect(result).toMatchObject({ outcome: 'copied', message: expect.stringMatching(/^Не удалось открыть поле ответа\. Текст скопирован/) });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(answer);
    const toast = await toastPlacement(page, ['.otklik-hl']);
    expect(toast).toMatchObject({ text: result.message, role: 'status', covers: [] });
    expect((await readCase(ext, caseId))!.status).toBe('approved');
    await page.close();
  });

  it('refuses a case without an approved answer', async () => {
    await clearCases(ext);
    const page = await openSite(session, 'https://vk.com/club123456');
    await controlKeys(page, 9);
    const caseId = await captureOnPage(page, 'wall-123456_788');
    expect(await send(ext, 'insertAnswer', { caseId })).toEqual({ outcome: 'failed', message: expect.stringMatching(/^Нет согласованного ответа/) });
    await page.close();
  });
});
