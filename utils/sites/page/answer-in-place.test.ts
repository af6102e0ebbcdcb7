// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { vkAdapter } from '../vk/adapter';
import type { InsertReply } from './commands';
import { insertCommand, startOn, type StartedPage } from './test-page';

let started: StartedPage | undefined;
afterEach(async () => {
  await started?.close();
  started = undefined;
});

const WALL = 'https://vk.com/club123456';
const POST_PAGE = 'https://vk.com/wall-123456_789';
const ANSWER = 'Иван, заявка передана в дорожную службу.\nЯму заделают до пятницы.';

function insert(s: StartedPage, itemKey: string, text = ANSWER) {
  return s.session.handleCommand(insertCommand(itemKey, text)) as Promise<InsertReply>;
}

describe('answer in place', () => {
  it('opens the legacy reply box as a reply to THAT comment, fills the editor model and leaves sending to the person', async () => {
    started = await startOn('vk/legacy-wall.html', WALL, vkAdapter);
    const { doc, page } = started;
    const reply = await insert(started, 'wall-123456_789?reply=1001');
    expect(reply).toMatchObject({ outcome: 'inserted', copied: false });
    expect((doc.getElementById('reply_to-123456_789') as HTMLInputElement).value).toBe('1001');
    const editor = doc.getElementById('reply_field-123456_789')!;
    expect(editor.dataset.model).toBe(ANSWER);
    expect(page.window.__editorEvents).toContain('reply_field-123456_789:paste');
    expect(page.window.__sent).toEqual([]);
    expect(doc.getElementById('reply_button-123456_789')!.classList.contains('otklik-send')).toBe(true);
    expect(doc.getElementById('post-123456_1001')!.classList.contains('otklik-hl')).toBe(true);
  });

  it('answers a reply in a React thread through the composer, with that comment as the target', async () => {
    started = await startOn('vk/react-post.html', POST_PAGE, vkAdapter);
    const { doc, page } = started;
    const reply = await insert(started, 'wall-123456_789?reply=1002', 'Мария, фонарь починят завтра.');
    expect(reply.outcome).toBe('inserted');
    const composer = doc.querySelector('[class*="vkitCommentInput__root"]') as HTMLElement & { __target?: { commentId: string } };
    expect(composer.__target?.commentId).toBe('1002');
    expect(doc.querySelector<HTMLElement>('[data-testid="content-editable-input"]')!.dataset.model).toBe('Мария, фонарь починят завтра.');
    expect(page.window.__sent).toEqual([]);
  });

  it('copies the text and says so when the comment was deleted', async () => {
    started = await startOn('vk/legacy-wall.html', WALL, vkAdapter);
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(started.page.window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    const reply = await started.session.handleCommand(insertCommand('wall-123456_789?reply=1005', ANSWER));
    expect(reply).toEqual({ outcome: 'notFound', copied: true, message: expect.stringContaining('возможно, оно удалено') });
    expect((reply as { message: string }).message).toContain('скопирован');
    expect(writeText).toHaveBeenCalledWith(ANSWER);
    expect(started.doc.getElementById('otklik-toast')!.textContent).toBe((reply as { message: string }).message);
  }, 10_000);

  it('copies the text and says so when the item is there but no reply box opens', async () => {
    started = await startOn('vk/react-post.html', POST_PAGE, vkAdapter);
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(started.page.window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    // Comments closed: the page keeps the comments but has no composer.
    started.doc.querySelector('[class*="vkitCommentInput__root"]')!.remove();
    const reply = (await insert(started, 'wall-123456_789?reply=1002')) as InsertReply;
    expect(reply).toEqual({ outcome: 'noEditor', copied: true, message: expect.stringMatching(/^Не удалось открыть поле ответа\. Текст скопирован/) });
    expect(writeText).toHaveBeenCalledWith(ANSWER);
    expect(started.doc.getElementById('otklik-toast')!.textContent).toBe(reply.message);
    expect(started.doc.getElementById('-123456_1002')!.classList.contains('otklik-hl')).toBe(true);
    expect(started.page.window.__sent).toEqual([]);
  }, 10_000);

  it('notices the published reply under the item and reports it with its permalink and time', async () => {
    started = await startOn('vk/legacy-wall.html', WALL, vkAdapter);
    const { doc, page, background, frame } = started;
    background.cases.set('case-1', { caseId: 'case-1', status: 'approved', watchText: ANSWER, item: { itemKey: 'wall-123456_789?reply=1001' } as never });
    await insert(started, 'wall-123456_789?reply=1001');
    doc.getElementById('reply_button-123456_789')!.click();
    expect(page.window.__sent).toHaveLength(1);
    frame();
    await vi.waitFor(() => expect(background.callsOf('replyDetected')).toHaveLength(1), { timeout: 3_000 });
    expect(background.callsOf('replyDetected')[0]!.payload).toEqual({
      caseId: 'case-1',
      url: page.window.__sent[0].url,
      text: ANSWER,
      replyAt: expect.any(Number),
    });
  });

  it('notices a reply published before the page was opened, from the badges of approved cases', async () => {
    started = await startOn('vk/react-post.html', POST_PAGE, vkAdapter);
    const { doc, background, settle } = started;
    // The administration's reply 1003 («Мария, заявка по фонарю передана в «Горсвет».») is already in the thread of 1001.
    background.cases.set('case-7', { caseId: 'case-7', status: 'approved', watchText: 'Заявка по фонарю передана в «Горсвет».', item: { itemKey: 'wall-123456_789?reply=1002' } as never });
    doc.querySelector<HTMLButtonElement>('[data-otklik-key="wall-123456_789?reply=1002"]')!.setAttribute('data-otklik-case', 'case-7');
    await started.session.refreshBadges();
    await settle();
    await vi.waitFor(() => expect(background.callsOf('replyDetected')).toHaveLength(1), { timeout: 3_000 });
    expect(background.callsOf('replyDetected')[0]!.payload).toMatchObject({ caseId: 'case-7', url: 'https://vk.com/wall-123456_789?reply=1003&thread=1001' });
  });

  it('answers ping and hasItem for the background', async () => {
    started = await startOn('vk/legacy-wall.html', WALL, vkAdapter);
    expect(await started.session.handleCommand({ otklikPage: 1, type: 'ping' })).toEqual({ ready: true, url: WALL });
    expect(await started.session.handleCommand({ otklikPage: 1, type: 'hasItem', itemKey: 'wall-123456_788' })).toEqual({ found: true });
    expect(await started.session.handleCommand({ otklikPage: 1, type: 'hasItem', itemKey: 'wall-1_2' })).toEqual({ found: false });
  });
});
