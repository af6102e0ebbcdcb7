// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, type FixturePage } from '../../../test/fixtures/shared/load-fixture';
import { insertText } from '../insert-text';
import { vkAdapter } from './adapter';

const PAGE = 'https://vk.com/club123456';
const NOW = Date.parse('2025-03-15T12:00:00+03:00');
const ctx = { pageUrl: PAGE, pageTitle: 'Администрация города Заречный | ВКонтакте', now: NOW, timeZone: 'Europe/Moscow' };
const ASSETS = 'https://vk.com/__fixtures__/shared/img';

let page: FixturePage;
let doc: Document;
beforeEach(() => {
  page = loadFixture('vk/legacy-wall.html', PAGE);
  doc = page.document;
});
afterEach(() => page.close());

const item = (key: string) => {
  const found = vkAdapter.findByKey(doc, key, PAGE);
  if (!found) throw new Error(`no item ${key}`);
  return found;
};

describe('VK legacy wall: finding items', () => {
  it('finds every post and live comment, not the deleted one, in page order', () => {
    const keys = vkAdapter.findItems(doc).map((el) => vkAdapter.keyOf(el, PAGE));
    expect(keys).toEqual([
      'wall-123456_789',
      'wall-123456_789?reply=1001',
      'wall-123456_789?reply=1002',
      'wall-123456_789?reply=1003',
      'wall-123456_789?reply=1004',
      'wall-123456_789?reply=1006',
      'wall-123456_789?reply=1007',
      'wall-123456_788',
      'wall-123456_788?reply=1010',
    ]);
  });

  it('includes the mutation root itself', () => {
    const reply = doc.getElementById('post-123456_1006')!;
    expect(vkAdapter.findItems(reply)).toEqual([reply]);
  });

  it('finds by key, and returns null for deleted or absent items', () => {
    expect(item('wall-123456_789?reply=1004').id).toBe('post-123456_1004');
    expect(vkAdapter.findByKey(doc, 'wall-123456_789?reply=1005', PAGE)).toBeNull();
    expect(vkAdapter.findByKey(doc, 'wall-123456_789?reply=9999', PAGE)).toBeNull();
  });

  it('puts the button in the post action bar and the comment footer', () => {
    expect(vkAdapter.buttonSlot(item('wall-123456_789')).parent.className).toBe('post_full_like');
    const slot = vkAdapter.buttonSlot(item('wall-123456_789?reply=1002'));
    expect(slot.parent.className).toBe('reply_footer');
    expect(slot.parent.closest('.reply')!.id).toBe('post-123456_1002');
    expect(slot.before).toBeNull();
  });
});

describe('VK legacy wall: extraction', () => {
  it('reads a long post with photos and the hidden rest of the text', () => {
    expect(vkAdapter.extract(item('wall-123456_789'), ctx)).toEqual({
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
        'Жалобы на нерасчищенные дворы принимаем в комментариях и по телефону 8 (800) 000-00-00.',
      attachments: [
        { type: 'photo', url: 'https://vk.com/photo-123456_457239017', preview: `${ASSETS}/photo-snow.svg` },
        { type: 'photo', url: 'https://vk.com/photo-123456_457239018', preview: `${ASSETS}/photo-trash.svg` },
      ],
      postedAt: Date.parse('2025-03-12T10:15:00+03:00'),
      postedAtText: '12 мар в 10:15',
      postedAtPrecision: 'second',
      detectedAt: NOW,
      pageUrl: PAGE,
      pageTitle: ctx.pageTitle,
      missing: [],
      markup: 'vk-legacy',
    });
  });

  it('parses a date written without a time attribute', () => {
    const post = vkAdapter.extract(item('wall-123456_788'), ctx);
    expect(post.postedAtText).toBe('11 мар в 16:30');
    expect(post.postedAt).toBe(Date.parse('2025-03-11T16:30:00+03:00'));
    expect(post.postedAtPrecision).toBe('minute');
    expect(post.attachments).toEqual([{ type: 'photo', url: 'https://vk.com/photo-123456_457239010', preview: `${ASSETS}/photo-busstop.svg` }]);
  });

  it('reads a top-level comment', () => {
    const comment = vkAdapter.extract(item('wall-123456_789?reply=1001'), ctx);
    expect(comment).toMatchObject({
      kind: 'comment',
      itemKey: 'wall-123456_789?reply=1001',
      ref: { ownerId: '-123456', postId: '789', commentId: '1001' },
      url: 'https://vk.com/wall-123456_789?reply=1001',
      threadUrl: 'https://vk.com/wall-123456_789',
      author: { name: 'Иван Петров', url: 'https://vk.com/id111', id: '111' },
      text: 'Когда починят дорогу на ул. Лесной? У остановки «Школа» яма уже неделю, машины объезжают по встречке.',
      attachments: [],
      postedAt: Date.parse('2025-03-14T18:02:00+03:00'),
      postedAtText: 'вчера в 18:02',
      missing: [],
      markup: 'vk-legacy',
    });
    expect(comment.ref.threadId).toBeUndefined();
  });

  it('reads a reply in a deep thread with its thread id', () => {
    const reply = vkAdapter.extract(item('wall-123456_789?reply=1002'), ctx);
    expect(reply.ref).toEqual({ ownerId: '-123456', postId: '789', commentId: '1002', threadId: '1001' });
    expect(reply.url).toBe('https://vk.com/wall-123456_789?reply=1002&thread=1001');
    expect(reply.author).toEqual({ name: 'Мария Соколова', url: 'https://vk.com/id555', id: '555' });
    expect(reply.text).toBe('Тоже интересно. Там ещё и фонарь не горит.');
    expect(reply.postedAt).toBe(Date.parse('2025-03-14T19:40:00+03:00'));
  });

  it('keeps hostile markup and mention syntax as literal text', () => {
    const hostile = vkAdapter.extract(item('wall-123456_789?reply=1004'), ctx);
    expect(hostile.text).toBe('<script>alert("xss")</script> <img src=x onerror=alert(1)> [id1|Иван], где ответ администрации?!');
    expect(hostile.author).toEqual({ name: 'Аноним Тролль', url: 'https://vk.com/id666', id: '666' });
    expect(hostile.postedAt).toBe(Date.parse('2025-03-13T23:47:00+03:00'));
  });

  it('reads emoji from alt and the id from data-from-id behind a vanity link', () => {
    const emoji = vkAdapter.extract(item('wall-123456_789?reply=1006'), ctx);
    expect(emoji.text).toBe('Спасибо дворникам! Двор на Садовой, 12 чистый 😀👍');
    expect(emoji.author).toEqual({ name: 'Ольга Кузнецова', url: 'https://vk.com/olga.kuznetsova', id: '777' });
  });

  it('keeps line breaks, the hidden rest and the full URL of a shortened link', () => {
    const long = vkAdapter.extract(item('wall-123456_789?reply=1007'), ctx);
    expect(long.text).toBe(
      'Отопление в доме № 5 по ул. Мира:\n— в подъезде +12;\n— в квартирах +16.\n' +
        'Управляющая компания говорит, что проблема в теплотрассе, теплосеть — что в доме. Подробнее: https://zarechny.ru/heating/mira-5\nКто отвечает?',
    );
  });

  it('reads a photo attached to a comment, not as part of its text', () => {
    const withPhoto = vkAdapter.extract(item('wall-123456_788?reply=1010'), ctx);
    expect(withPhoto.text).toBe('А на Садовой павильон разбит уже месяц, вот фото:');
    expect(withPhoto.attachments).toEqual([{ type: 'photo', url: 'https://vk.com/photo999_457240001', preview: `${ASSETS}/photo-busstop.svg` }]);
  });

  it('names every field a stripped-down comment lacks instead of guessing', () => {
    const comment = item('wall-123456_789?reply=1006');
    comment.querySelector('.reply_author')!.remove();
    comment.querySelector('.reply_date')!.remove();
    const read = vkAdapter.extract(comment, ctx);
    expect(read.author).toEqual({});
    expect(read.missing).toEqual(['author.name', 'author.url', 'author.id', 'postedAtText', 'postedAt']);
    expect(read.postedAt).toBeUndefined();
    expect(read.itemKey).toBe('wall-123456_789?reply=1006');
  });
});

describe('VK legacy wall: answering in place', () => {
  it('opens the post reply box as a reply to a comment (Wall.replyClick semantics)', async () => {
    const editor = await vkAdapter.openReply(item('wall-123456_789?reply=1001'));
    expect(editor?.id).toBe('reply_field-123456_789');
    expect((doc.getElementById('reply_to-123456_789') as HTMLInputElement).value).toBe('1001');
    expect(editor?.dataset.model).toBe('Иван, ');
    expect(doc.getElementById('reply_to_title-123456_789')!.textContent).toContain('Ивану');
    expect(vkAdapter.sendButton(editor!)?.id).toBe('reply_button-123456_789');
  });

  it('opens the thread box for a reply inside a deep thread', async () => {
    const editor = await vkAdapter.openReply(item('wall-123456_789?reply=1002'));
    expect(editor?.id).toBe('reply_field-123456_1001');
    expect((doc.getElementById('reply_to-123456_1001') as HTMLInputElement).value).toBe('1002');
    expect(editor?.dataset.model).toBe('Мария, ');
  });

  it('resets a previous comment target when answering the post itself', async () => {
    await vkAdapter.openReply(item('wall-123456_789?reply=1004'));
    const editor = await vkAdapter.openReply(item('wall-123456_789'));
    expect(editor?.id).toBe('reply_field-123456_789');
    expect((doc.getElementById('reply_to-123456_789') as HTMLInputElement).value).toBe('');
    expect(editor?.dataset.model).toBe('');
  });

  it('inserts into the editor model, and the published reply is found under the comment', async () => {
    const comment = item('wall-123456_789?reply=1001');
    const editor = (await vkAdapter.openReply(comment))!;
    const result = await insertText(editor, 'заявка передана в МКУ «Дорожное хозяйство».\nЯму засыпят до 20 марта.');
    expect(result).toEqual({ ok: true, method: 'paste', text: 'Иван, заявка передана в МКУ «Дорожное хозяйство».\nЯму засыпят до 20 марта.' });
    expect(editor.dataset.model).toBe('Иван, заявка передана в МКУ «Дорожное хозяйство».\nЯму засыпят до 20 марта.');
    expect(page.window.__editorEvents).toContain('reply_field-123456_789:paste');

    vkAdapter.sendButton(editor)!.click(); // the person's click
    const replies = vkAdapter.repliesOf(comment, ctx);
    const published = replies.at(-1)!;
    expect(replies.map((r) => r.ref.commentId)).toEqual(['1002', '1003', '2001']);
    expect(published).toMatchObject({
      itemKey: 'wall-123456_789?reply=2001',
      url: 'https://vk.com/wall-123456_789?reply=2001&thread=1001',
      ref: { commentId: '2001', threadId: '1001' },
      author: { name: 'Администрация города Заречный', id: '-123456' },
      text: 'Иван, заявка передана в МКУ «Дорожное хозяйство».\nЯму засыпят до 20 марта.',
    });
    expect(page.window.__sent[0].url).toBe(published.url);
  });

  it('publishes from the model, not from a raw DOM write', async () => {
    const editor = (await vkAdapter.openReply(item('wall-123456_788')))!;
    editor.textContent = 'подмена';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(editor.textContent).toBe('');
    doc.getElementById('reply_button-123456_788')!.click();
    expect(page.window.__sent).toEqual([]);
    expect(page.window.__editorEvents).toEqual(['reply_field-123456_788:foreign-mutation-reverted', 'reply_field-123456_788:send-refused']);
  });

  it('lists the post comments and a top-level comment thread as replies', () => {
    expect(vkAdapter.repliesOf(item('wall-123456_788'), ctx).map((r) => r.itemKey)).toEqual(['wall-123456_788?reply=1010']);
    expect(vkAdapter.repliesOf(item('wall-123456_789?reply=1002'), ctx).map((r) => r.ref.commentId)).toEqual(['1003']);
    expect(vkAdapter.repliesOf(item('wall-123456_789?reply=1004'), ctx)).toEqual([]);
  });
});
