// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, type FixturePage } from '../../../test/fixtures/shared/load-fixture';
import { insertText } from '../insert-text';
import { vkAdapter } from './adapter';

const PAGE = 'https://vk.ru/club223344';
const NOW = Date.parse('2025-03-15T12:00:00+03:00');
const ctx = { pageUrl: PAGE, now: NOW, timeZone: 'Asia/Krasnoyarsk' };

let page: FixturePage;
let doc: Document;
beforeEach(() => {
  page = loadFixture('vk/hybrid-wall.html', PAGE);
  doc = page.document;
});
afterEach(() => page.close());

const item = (key: string) => vkAdapter.findByKey(doc, key, PAGE)!;

describe('VK hybrid wall (Post--redesign with legacy comments)', () => {
  it('finds posts and comments', () => {
    expect(vkAdapter.findItems(doc).map((el) => vkAdapter.keyOf(el, PAGE))).toEqual([
      'wall-223344_101',
      'wall-223344_101?reply=2101',
      'wall-223344_101?reply=2102',
      'wall-223344_101?reply=2103',
      'wall-223344_100',
    ]);
  });

  it('reads the React header, the clamped text and the photo; permalinks keep the vk.ru host', () => {
    expect(vkAdapter.extract(item('wall-223344_101'), ctx)).toEqual({
      network: 'vk',
      kind: 'post',
      itemKey: 'wall-223344_101',
      ref: { ownerId: '-223344', postId: '101' },
      url: 'https://vk.ru/wall-223344_101',
      threadUrl: 'https://vk.ru/wall-223344_101',
      author: { name: 'МКУ «Благоустройство» г. Заречный', url: 'https://vk.ru/club223344', id: '-223344' },
      text:
        '🚧 Ремонт дорог: график на апрель\n1–10 апреля — ул. Лесная (от остановки «Школа» до д. 40);\n11–20 апреля — ул. Мира;\n21–30 апреля — пер. Садовый.\n' +
        'Движение будет частично ограничено, объезд по ул. Советской.',
      attachments: [{ type: 'photo', url: 'https://vk.ru/photo-223344_457260001', preview: 'https://vk.ru/__fixtures__/shared/img/photo-pothole.svg' }],
      postedAt: Date.parse('2025-03-15T09:40:00+07:00'),
      postedAtText: 'сегодня в 9:40',
      postedAtPrecision: 'minute',
      detectedAt: NOW,
      pageUrl: PAGE,
      missing: [],
      markup: 'vk-hybrid',
    });
  });

  it('reads an absolute date with a year', () => {
    const poll = vkAdapter.extract(item('wall-223344_100'), ctx);
    expect(poll.postedAt).toBe(Date.parse('2025-03-12T09:05:00+07:00'));
    expect(poll.attachments).toEqual([]);
  });

  it('reads legacy comments inside a hybrid post', () => {
    const reply = vkAdapter.extract(item('wall-223344_101?reply=2102'), ctx);
    expect(reply).toMatchObject({
      markup: 'vk-hybrid',
      ref: { ownerId: '-223344', postId: '101', commentId: '2102', threadId: '2101' },
      url: 'https://vk.ru/wall-223344_101?reply=2102&thread=2101',
      author: { name: 'МКУ «Благоустройство» г. Заречный', url: 'https://vk.ru/club223344', id: '-223344' },
      text: 'Андрей, ул. Зелёная включена в план на май, подробный график опубликуем в апреле.',
      missing: [],
    });
    const angry = vkAdapter.extract(item('wall-223344_101?reply=2103'), ctx);
    expect(angry.text).toBe('А тротуар у школы № 3 когда? Дети ходят по проезжей части 😡');
    expect(angry.postedAt).toBe(NOW - 15 * 60_000);
  });

  it('answers a deep-thread reply in the thread box and publishes under it', async () => {
    const target = item('wall-223344_101?reply=2102');
    const editor = (await vkAdapter.openReply(target))!;
    expect(editor.id).toBe('reply_field-223344_2101');
    expect(editor.dataset.model).toBe('МКУ «Благоустройство», ');
    const result = await insertText(editor, 'спасибо, ждём.');
    expect(result.ok).toBe(true);
    vkAdapter.sendButton(editor)!.click();
    const published = vkAdapter.repliesOf(target, ctx).at(-1)!;
    expect(published.url).toBe('https://vk.ru/wall-223344_101?reply=2201&thread=2101');
    expect(published.text).toBe('МКУ «Благоустройство», спасибо, ждём.');
  });

  it('places the button in the hybrid action bar', () => {
    expect(vkAdapter.buttonSlot(item('wall-223344_100')).parent.className).toBe('PostBottomActions');
  });
});
