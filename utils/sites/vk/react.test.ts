// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, type FixturePage } from '../../../test/fixtures/shared/load-fixture';
import { insertText } from '../insert-text';
import { vkAdapter } from './adapter';

const PAGE = 'https://vk.com/wall-123456_789';
const NOW = Date.parse('2025-03-15T12:00:00+03:00');
const ctx = { pageUrl: PAGE, now: NOW, timeZone: 'Europe/Moscow' };
const ASSETS = 'https://vk.com/__fixtures__/shared/img';

let page: FixturePage;
let doc: Document;
beforeEach(() => {
  page = loadFixture('vk/react-post.html', PAGE);
  doc = page.document;
});
afterEach(() => page.close());

const item = (key: string) => {
  const found = vkAdapter.findByKey(doc, key, PAGE);
  if (!found) throw new Error(`no item ${key}`);
  return found;
};
const extract = (key: string) => vkAdapter.extract(item(key), ctx);

describe('VK React post page: finding items', () => {
  it('finds the post and every live comment; a deleted one is skipped but its thread is not', () => {
    expect(vkAdapter.findItems(doc).map((el) => vkAdapter.keyOf(el, PAGE))).toEqual([
      'wall-123456_789',
      'wall-123456_789?reply=1001',
      'wall-123456_789?reply=1002',
      'wall-123456_789?reply=1003',
      'wall-123456_789?reply=1004',
      'wall-123456_789?reply=1008',
      'wall-123456_789?reply=1006',
      'wall-123456_789?reply=1007',
      'wall-123456_789?reply=1009',
    ]);
    expect(vkAdapter.findByKey(doc, 'wall-123456_789?reply=1005', PAGE)).toBeNull();
  });

  it('puts the button after the footer actions and the comment actions', () => {
    expect(vkAdapter.buttonSlot(item('wall-123456_789')).parent.className).toBe('PostFooter');
    const slot = vkAdapter.buttonSlot(item('wall-123456_789?reply=1001'));
    expect(slot.parent.className).toBe('vkitComment__footer');
    expect(slot.parent.closest('[id]')!.id).toBe('-123456_1001');
  });
});

describe('VK React post page: extraction', () => {
  it('reads the post: no date link on its own page, text clamped but complete, grid photos', () => {
    expect(extract('wall-123456_789')).toEqual({
      network: 'vk',
      kind: 'post',
      itemKey: 'wall-123456_789',
      ref: { ownerId: '-123456', postId: '789' },
      url: 'https://vk.com/wall-123456_789',
      threadUrl: 'https://vk.com/wall-123456_789',
      author: { name: 'Администрация города Заречный', url: 'https://vk.com/club123456', id: '-123456' },
      text:
        '❄️ Уборка снега: итоги ночной смены\n\nЗа ночь с улиц города вывезено 1 240 кубометров снега. Работали 38 единиц техники и 95 дворников.\n' +
        'Сегодня техника работает на улицах Лесной, Мира и Садовой. Просим не оставлять машины у обочин с 22:00 до 6:00.\n' +
        'Жалобы на нерасчищенные дворы принимаем в комментариях и по телефону 8 (800) 000-00-00.\n' +
        'Подробнее: https://zarechny.ru/news/snow #уборкаснега',
      attachments: [
        { type: 'photo', url: 'https://vk.com/photo-123456_457239017', preview: `${ASSETS}/photo-snow.svg` },
        { type: 'photo', url: 'https://vk.com/photo-123456_457239018', preview: `${ASSETS}/photo-trash.svg` },
      ],
      postedAt: Date.parse('2025-03-12T10:15:00+03:00'),
      postedAtText: '12 мар в 10:15',
      postedAtPrecision: 'minute',
      detectedAt: NOW,
      pageUrl: PAGE,
      missing: [],
      markup: 'vk-react',
    });
  });

  it('reads a root comment and says the screen-name author has no numeric id', () => {
    expect(extract('wall-123456_789?reply=1001')).toEqual({
      network: 'vk',
      kind: 'comment',
      itemKey: 'wall-123456_789?reply=1001',
      ref: { ownerId: '-123456', postId: '789', commentId: '1001' },
      url: 'https://vk.com/wall-123456_789?reply=1001',
      threadUrl: 'https://vk.com/wall-123456_789',
      author: { name: 'Иван Петров', url: 'https://vk.com/ivan.petrov' },
      text: 'Когда починят дорогу на ул. Лесной? У остановки «Школа» яма уже неделю, машины объезжают по встречке.',
      attachments: [],
      postedAt: Date.parse('2025-03-14T18:02:00+03:00'),
      postedAtText: 'вчера в 18:02',
      postedAtPrecision: 'minute',
      detectedAt: NOW,
      pageUrl: PAGE,
      missing: ['author.id'],
      markup: 'vk-react',
    });
  });

  it('reads replies in threads, also under a deleted root', () => {
    const reply = extract('wall-123456_789?reply=1002');
    expect(reply.ref).toEqual({ ownerId: '-123456', postId: '789', commentId: '1002', threadId: '1001' });
    expect(reply.url).toBe('https://vk.com/wall-123456_789?reply=1002&thread=1001');
    expect(reply.author).toEqual({ name: 'Мария Соколова', url: 'https://vk.com/id555', id: '555' });
    expect(reply.text).toBe('Тоже интересно. Там ещё и фонарь не горит.');
    const orphan = extract('wall-123456_789?reply=1008');
    expect(orphan.ref.threadId).toBe('1005');
    expect(orphan.text).toBe('Зря удалили, вопрос был по делу: когда уберут снег с детской площадки на Садовой?');
  });

  it('keeps hostile text literal and emoji from alt', () => {
    expect(extract('wall-123456_789?reply=1004').text).toBe('<script>alert("xss")</script> <img src=x onerror=alert(1)> [id1|Иван], где ответ администрации?! 😡');
    expect(extract('wall-123456_789?reply=1006').text).toBe('Спасибо дворникам! Двор на Садовой, 12 чистый 😀👍');
  });

  it('reads clamped multi-line text without the «Показать полностью» button, and relative times', () => {
    const long = extract('wall-123456_789?reply=1007');
    expect(long.text).toBe(
      'Отопление в доме № 5 по ул. Мира:\n— в подъезде +12;\n— в квартирах +16.\nУправляющая компания говорит, что проблема в теплотрассе, теплосеть — что в доме.\nКто отвечает?',
    );
    expect(long.postedAt).toBe(NOW - 5 * 60_000);
    expect(long.postedAtPrecision).toBe('minute');
  });

  it('reads the expanded text after the person clicked «Показать полностью»', () => {
    const comment = item('wall-123456_789?reply=1007');
    (comment.querySelector('[data-testid="showmoretext-after"]') as HTMLElement).click();
    expect(comment.querySelector('[data-testid="showmoretext-in-expanded"]')).not.toBeNull();
    expect(vkAdapter.extract(comment, ctx).text).toContain('Кто отвечает?');
  });

  it('reads a comment photo and an hour-exact time', () => {
    const withPhoto = extract('wall-123456_789?reply=1009');
    expect(withPhoto.attachments).toEqual([{ type: 'photo', url: 'https://vk.com/photo999_457240002', preview: `${ASSETS}/photo-snow.svg` }]);
    expect(withPhoto.postedAt).toBe(NOW - 2 * 3_600_000);
    expect(withPhoto.postedAtPrecision).toBe('hour');
  });
});

describe('VK React post page: answering in place', () => {
  it('sets the composer target with the site control and swaps the name prefix', async () => {
    const editor = (await vkAdapter.openReply(item('wall-123456_789?reply=1002')))!;
    expect(editor.getAttribute('data-testid')).toBe('content-editable-input');
    expect(editor.dataset.model).toBe('Мария, ');
    expect(doc.querySelector('.vkitCommentInput__replyTo')!.textContent).toContain('Мария Соколова');
    expect(doc.activeElement).toBe(editor);
    expect(vkAdapter.sendButton(editor)?.getAttribute('data-testid')).toBe('send-comment');

    await vkAdapter.openReply(item('wall-123456_789?reply=1004'));
    expect(editor.dataset.model).toBe('Аноним, ');
  });

  it('answers the post itself by clearing a comment target', async () => {
    await vkAdapter.openReply(item('wall-123456_789?reply=1001'));
    const editor = (await vkAdapter.openReply(item('wall-123456_789')))!;
    expect(editor.dataset.model).toBe('');
    expect(doc.querySelector('.vkitCommentInput__replyTo')!.hasAttribute('hidden')).toBe(true);
  });

  it('inserts into the model; the published reply lands in the thread with its own permalink', async () => {
    const target = item('wall-123456_789?reply=1002');
    const editor = (await vkAdapter.openReply(target))!;
    const result = await insertText(editor, 'фонарь заменят в четверг.');
    expect(result).toEqual({ ok: true, method: 'paste', text: 'Мария, фонарь заменят в четверг.' });
    vkAdapter.sendButton(editor)!.click();

    const published = vkAdapter.repliesOf(target, ctx);
    expect(published.map((reply) => reply.ref.commentId)).toEqual(['1003', '2001']);
    expect(published[1]).toMatchObject({
      itemKey: 'wall-123456_789?reply=2001',
      url: 'https://vk.com/wall-123456_789?reply=2001&thread=1001',
      text: 'Мария, фонарь заменят в четверг.',
      author: { name: 'Администрация города Заречный', id: '-123456' },
      postedAtText: 'только что',
      postedAt: NOW,
    });
    expect(editor.dataset.model).toBe('');
  });

  it('a new root comment appears among the post replies', async () => {
    const post = item('wall-123456_789');
    const editor = (await vkAdapter.openReply(post))!;
    await insertText(editor, 'Уборка дворов на ул. Мира — завтра с 8:00.');
    vkAdapter.sendButton(editor)!.click();
    const last = vkAdapter.repliesOf(post, ctx).at(-1)!;
    expect(last.url).toBe('https://vk.com/wall-123456_789?reply=2001');
    expect(last.ref.threadId).toBeUndefined();
  });

  it('refuses to publish a greeting-only or DOM-written message', async () => {
    const editor = (await vkAdapter.openReply(item('wall-123456_789?reply=1006')))!;
    editor.textContent = 'Ольга, подмена через DOM';
    editor.dispatchEvent(new page.window.InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'x' }) as unknown as Event);
    expect(editor.dataset.model).toBe('Ольга, ');
    vkAdapter.sendButton(editor)!.click();
    expect(page.window.__sent).toEqual([]);
    expect(page.window.__editorEvents).toContain('content-editable-input:send-refused');
  });
});
