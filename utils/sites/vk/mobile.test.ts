// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, type FixturePage } from '../../../test/fixtures/shared/load-fixture';
import { insertText } from '../insert-text';
import { vkAdapter } from './adapter';

const PAGE = 'https://m.vk.com/wall-123456_789';
const NOW = Date.parse('2025-03-15T12:00:00+03:00');
const ctx = { pageUrl: PAGE, now: NOW, timeZone: 'Europe/Moscow' };

let page: FixturePage;
let doc: Document;
beforeEach(() => {
  page = loadFixture('vk/mobile-post.html', PAGE);
  doc = page.document;
});
afterEach(() => page.close());

const item = (key: string) => vkAdapter.findByKey(doc, key, PAGE)!;

describe('m.vk.com post page (comments and composer outside the article)', () => {
  it('finds the post and comments; comment keys come from their date links', () => {
    expect(vkAdapter.findItems(doc).map((el) => vkAdapter.keyOf(el, PAGE))).toEqual([
      'wall-123456_789',
      'wall-123456_789?reply=1001',
      'wall-123456_789?reply=1002',
      'wall-123456_789?reply=1004',
      'wall-123456_789?reply=1006',
    ]);
  });

  it('reads the post with its h3 title and expanded text', () => {
    const post = vkAdapter.extract(item('wall-123456_789'), ctx);
    expect(post).toMatchObject({
      markup: 'vk-react-mobile',
      url: 'https://m.vk.com/wall-123456_789',
      author: { name: 'Администрация города Заречный', url: 'https://m.vk.com/club123456', id: '-123456' },
      text: '❄️ Уборка снега: итоги ночной смены\n\nЗа ночь с улиц города вывезено 1 240 кубометров снега. Работали 38 единиц техники и 95 дворников.',
      attachments: [{ type: 'photo', url: 'https://m.vk.com/photo-123456_457239017', preview: 'https://m.vk.com/__fixtures__/shared/img/photo-snow.svg' }],
      missing: [],
    });
  });

  it('reads comments and threads', () => {
    expect(vkAdapter.extract(item('wall-123456_789?reply=1002'), ctx)).toMatchObject({
      kind: 'comment',
      ref: { ownerId: '-123456', postId: '789', commentId: '1002', threadId: '1001' },
      url: 'https://m.vk.com/wall-123456_789?reply=1002&thread=1001',
      threadUrl: 'https://m.vk.com/wall-123456_789',
      author: { name: 'Мария Соколова', url: 'https://m.vk.com/id555', id: '555' },
      postedAt: Date.parse('2025-03-14T19:40:00+03:00'),
    });
    const fresh = vkAdapter.extract(item('wall-123456_789?reply=1006'), ctx);
    expect(fresh.text).toBe('Спасибо дворникам! ❤️');
    expect(fresh.postedAt).toBe(NOW);
    expect(fresh.missing).toEqual(['author.id']);
    expect(vkAdapter.extract(item('wall-123456_789?reply=1004'), ctx).text).toBe(
      '<script>alert("xss")</script> <img src=x onerror=alert(1)> [id1|Иван], где ответ администрации?!',
    );
  });

  it('answers a comment through the bottom composer and finds the published reply', async () => {
    const target = item('wall-123456_789?reply=1002');
    const editor = (await vkAdapter.openReply(target))!;
    expect(editor.closest('.vkitCommentInput__root')).not.toBeNull();
    expect(editor.dataset.model).toBe('Мария, ');
    expect((await insertText(editor, 'фонарь заменят в четверг.')).ok).toBe(true);
    vkAdapter.sendButton(editor)!.click();
    const published = vkAdapter.repliesOf(item('wall-123456_789?reply=1001'), ctx).at(-1)!;
    expect(published).toMatchObject({ url: 'https://m.vk.com/wall-123456_789?reply=3001&thread=1001', text: 'Мария, фонарь заменят в четверг.' });
    expect(doc.getElementById('comment-123456_3001')).not.toBeNull();
  });

  it('answers the post through the same composer; the post replies are the comments outside it', async () => {
    const post = item('wall-123456_789');
    const editor = (await vkAdapter.openReply(post))!;
    expect(editor.getAttribute('data-testid')).toBe('content-editable-input');
    await insertText(editor, 'Спасибо за обращения!');
    vkAdapter.sendButton(editor)!.click();
    const replies = vkAdapter.repliesOf(post, ctx);
    expect(replies).toHaveLength(5);
    expect(replies.at(-1)!.url).toBe('https://m.vk.com/wall-123456_789?reply=3001');
  });
});
