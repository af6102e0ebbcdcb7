/**
 * The whole flow of issue 6 in Chromium, as an operator does it: capture a comment on the VK page →
 * the side panel: route → draft → return with a reason → revise → approve → «Вставить в ветку»
 * (the thread's tab was closed: the permalink opens, the text goes into the reply box of that
 * comment) → the person presses «Отправить» → the case is published with the reply's permalink.
 * A screenshot of each step goes to test/e2e/screens/answer-flow-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, SCREENS_DIR, type ExtensionSession } from './harness/browser';
import { send } from './harness/messages';
import { captureOnPage, controlKeys, editorEvents, openSite, readCase, sentReplies } from './page-helpers';

const THREAD = 'https://vk.com/wall-123456_789';
const COMMENT = 'wall-123456_789?reply=1001';
const ANSWER = 'Иван, здравствуйте! Яму у остановки «Школа» заделают до пятницы.\nБригада МКУ «Благоустройство» уже выехала.';

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENS_DIR, `answer-flow-${name}.png`), fullPage: false });
}

describe('capture → route → draft → return → revise → approve → insert in the thread → published', () => {
  let session: ExtensionSession;
  let ext: Page;
  beforeAll(async () => {
    mkdirSync(SCREENS_DIR, { recursive: true });
    session = await launchWithExtension();
    ext = await session.openExtensionPage('popup.html');
    await send(ext, 'directoryPut', { table: 'people', record: { id: 'ivanova', name: 'Мария Иванова', roles: ['executor'], department: 'Отдел ЖКХ' } });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('goes from the VK page through the side panel back to the same comment, and the reply is recorded', async () => {
    const vk = await openSite(session, THREAD);
    await controlKeys(vk, 9);
    const caseId = await captureOnPage(vk, COMMENT);
    await vk.locator(`[data-otklik-key="${COMMENT}"]`).scrollIntoViewIfNeeded();
    await shot(vk, '01-captured-on-page');

    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?case=${encodeURIComponent(caseId)}`);
    const status = (value: string) => panel.locator(`[data-testid="case"][data-status="${value}"]`).waitFor({ timeout: 10_000 });
    await status('new');
    await expect.poll(() => panel.getByTestId('captured-text').textContent()).toContain('Когда починят дорогу на ул. Лесной?');
    await shot(panel, '02-panel-new');

    await panel.getByTestId('route-executor').selectOption('ivanova');
    await panel.getByTestId('route-submit').click();
    await status('inWork');
    await shot(panel, '03-routed');

    await panel.getByTestId('draft-text').fill('Иван, здравствуйте! Яму заделают до пятницы');
    await panel.getByTestId('submit-draft').click();
    await status('onApproval');
    await panel.getByTestId('return-reason').selectOption('notAnswering');
    await panel.getByTestId('return-comment').fill('Укажите, кто выехал на место.');
    await panel.getByTestId('return-draft').click();
    await status('returned');
    await shot(panel, '04-returned');

    await panel.getByTestId('draft-text').fill(ANSWER);
    await panel.getByTestId('submit-draft').click();
    await status('onApproval');
    await panel.getByTestId('approve').click();
    await status('approved');
    await shot(panel, '05-approved');

    // The thread's tab is gone: «Вставить в ветку» opens the comment's permalink.
    await vk.close();
    const opened = session.context.waitForEvent('page');
    await panel.getByTestId('insert-answer').click();
    const thread = await opened;
    await panel.getByTestId('insert-result').waitFor({ timeout: 20_000 });
    expect(await panel.getByTestId('insert-result').textContent()).toContain('нажмите «Отправить»');
    expect(thread.url()).toBe(`https://vk.com/${COMMENT}`);
    const editor = thread.locator('[data-testid="content-editable-input"]');
    expect(await editor.getAttribute('data-model')).toBe(ANSWER);
    expect(await thread.$eval('[class*="vkitCommentInput__root"]', (root) => (root as unknown as { __target?: { commentId: string } }).__target?.commentId)).toBe('1001');
    expect((await editorEvents(thread)).filter((event) => /synthetic-ignored|foreign-mutation-reverted|keydown/.test(event))).toEqual([]);
    expect(await sentReplies(thread)).toEqual([]);
    await shot(panel, '06-inserted-panel');
    await editor.scrollIntoViewIfNeeded();
    await shot(thread, '07-inserted-on-page');

    // The person reads it and presses «Отправить» on VK.
    await thread.click('[data-testid="send-comment"]');
    const [reply] = await sentReplies(thread);
    expect(reply).toMatchObject({ text: ANSWER, threadId: '1001' });
    await status('answered');
    const stored = (await readCase(ext, caseId))!;
    expect(stored.events.map((event: { type: string }) => event.type)).toEqual(['captured', 'routed', 'draftSubmitted', 'returnedForRevision', 'draftSubmitted', 'approved', 'published']);
    expect(stored.events.at(-1)).toMatchObject({ type: 'published', data: { kind: 'answer', url: reply!.url } });
    await expect.poll(() => thread.locator(`[data-otklik-key="${COMMENT}"]`).textContent(), { timeout: 10_000 }).toMatch(/^Ответ опубликован/);
    await thread.locator(`[data-otklik-key="wall-123456_789?reply=${reply!.commentId}"]`).scrollIntoViewIfNeeded();
    await shot(thread, '08-published-on-page');
    await shot(panel, '09-panel-answered');
  });
});
