/**
 * Answer in place, in Chromium with the built extension: `insertAnswer` from an extension page puts
 * the approved text into the fixture's reply editor (its own model, through real input events) as a
 * reply to THAT comment, sends nothing; the simulated human «Отправить» publishes the reply and the
 * case becomes published with the reply's permalink. A deleted comment: the text is copied instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './harness/browser';
import { send } from './harness/messages';
import { approveAnswer, captureOnPage, clearCases, controlKeys, editorEvents, openSite, readCase, sentReplies } from './page-helpers';

interface Scenario {
  name: string;
  url: string;
  itemKey: string;
  answer: string;
  /** What the editor holds: the answer, after the greeting the site puts in when it is not the answer's own. */
  model: string;
  editor: string;
  send: string;
  /** The reply target as the site's own state holds it. */
  target: (page: Page) => Promise<string | undefined>;
  targetId: string;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'VK legacy wall, a reply in a thread (hidden #reply_to)',
    url: 'https://vk.com/club123456',
    itemKey: 'wall-123456_789?reply=1002',
    answer: 'Мария, заявка по фонарю передана в «Горсвет».\nЗаменят до пятницы.',
    model: 'Мария, заявка по фонарю передана в «Горсвет».\nЗаменят до пятницы.',
    editor: '#reply_field-123456_1001',
    send: '#reply_button-123456_1001',
    target: (page) => page.$eval('#reply_to-123456_1001', (input) => (input as HTMLInputElement).value),
    targetId: '1002',
  },
  {
    name: 'VK React post page, a reply in a thread (composer target)',
    url: 'https://vk.com/wall-123456_789',
    itemKey: 'wall-123456_789?reply=1004',
    answer: 'Здравствуйте! Ответ администрации опубликован в закреплённой записи.',
    model: 'Аноним, Здравствуйте! Ответ администрации опубликован в закреплённой записи.',
    editor: '[data-testid="content-editable-input"]',
    send: '[data-testid="send-comment"]',
    target: (page) => page.$eval('[class*="vkitCommentInput__root"]', (root) => (root as unknown as { __target?: { commentId: string } }).__target?.commentId),
    targetId: '1004',
  },
  {
    name: 'OK topic page, a reply to a comment («Ответить», st.rid)',
    url: 'https://ok.ru/group/70000001234567/topic/156795562550671',
    itemKey: 'topic/156795562550671#comment=175002',
    answer: 'Иван, двор дома 9 расчистят сегодня до 18:00.',
    model: 'Иван, двор дома 9 расчистят сегодня до 18:00.',
    editor: '.comments_add-ceditable',
    send: 'button[data-l="t,submit"]',
    target: (page) => page.$eval('input[name="st.rid"]', (input) => (input as HTMLInputElement).value),
    targetId: '175002',
  },
];

describe('answer in place (Chromium)', () => {
  let session: ExtensionSession;
  let ext: Page;
  beforeAll(async () => {
    session = await launchWithExtension();
    ext = await session.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await session?.close();
  });

  describe.each(SCENARIOS)('$name', (scenario) => {
    it('inserts the approved answer as a reply to that item, sends nothing; the human «Отправить» publishes it and the case is published', async () => {
      await clearCases(ext);
      const page = await openSite(session, scenario.url);
      await controlKeys(page, 1);
      const caseId = await captureOnPage(page, scenario.itemKey);
      await approveAnswer(ext, caseId, scenario.answer);

      const result = await send(ext, 'insertAnswer', { caseId });
      expect(result).toMatchObject({ outcome: 'inserted', message: expect.stringContaining('нажмите «Отправить»') });
      expect(await page.$eval(scenario.editor, (editor) => (editor as HTMLElement).dataset.model)).toBe(scenario.model);
      const events = await editorEvents(page);
      // Chromium takes execCommand('insertText'): trusted input events, a real line break between lines.
      expect(events.some((event) => event.endsWith(':input:insertText'))).toBe(true);
      if (scenario.answer.includes('\n')) expect(events.some((event) => event.endsWith(':input:insertLineBreak'))).toBe(true);
      expect(events.filter((event) => /synthetic-ignored|foreign-mutation-reverted|keydown/.test(event))).toEqual([]);
      expect(await scenario.target(page)).toBe(scenario.targetId);
      expect(await sentReplies(page)).toEqual([]);
      expect(await page.$eval(scenario.send, (button) => button.classList.contains('otklik-send'))).toBe(true);
      expect((await readCase(ext, caseId))!.status).toBe('approved');

      // The person checks the text and presses «Отправить» on the site.
      await page.click(scenario.send);
      const [sent] = await sentReplies(page);
      expect(sent).toMatchObject({ text: scenario.model });
      await expect.poll(async () => (await readCase(ext, caseId))!.status, { timeout: 10_000 }).toBe('answered');
      const stored = (await readCase(ext, caseId))!;
      expect(stored.events.at(-1)).toMatchObject({ type: 'published', data: { kind: 'answer', url: sent!.url } });
      expect(stored.reply).toMatchObject({ eventType: 'published', url: sent!.url });
      await expect.poll(() => page.locator(`[data-otklik-key="${scenario.itemKey}"]`).last().textContent(), { timeout: 10_000 }).toMatch(/^Ответ опубликован/);
      await page.close();
    });
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

  it('refuses a case without an approved answer', async () => {
    await clearCases(ext);
    const page = await openSite(session, 'https://vk.com/club123456');
    await controlKeys(page, 9);
    const caseId = await captureOnPage(page, 'wall-123456_788');
    expect(await send(ext, 'insertAnswer', { caseId })).toEqual({ outcome: 'failed', message: expect.stringMatching(/^Нет согласованного ответа/) });
    await page.close();
  });
});
