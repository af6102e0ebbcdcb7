// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, type FixturePage } from '../../../test/fixtures/shared/load-fixture';
import { vkAdapter } from './adapter';

const PAGE = 'https://m.vk.ru/club123456';
const NOW = Date.parse('2025-03-15T12:00:00+03:00');
const ctx = { pageUrl: PAGE, now: NOW, timeZone: 'Europe/Moscow' };

let page: FixturePage;
let doc: Document;
beforeEach(() => {
  page = loadFixture('vk/mobile-wall.html', PAGE);
  doc = page.document;
});
afterEach(() => page.close());

const item = (key: string) => vkAdapter.findByKey(doc, key, PAGE)!;

describe('a community wall on m.vk.ru (posts only; comments on the post page)', () => {
  it('finds the posts, not the original inside a repost, with a button in each footer', () => {
    const items = vkAdapter.findItems(doc);
    expect(items.map((el) => vkAdapter.keyOf(el, PAGE))).toEqual(['wall-123456_789', 'wall-123456_788', 'wall-123456_786']);
    for (const post of items) expect(vkAdapter.buttonSlot(post).parent.className).toBe('PostFooter');
  });

  it('reads a post: h3 title, date link, clamped text without «Показать полностью», emoji from alt, the photo; permalinks on m.vk.ru', () => {
    expect(vkAdapter.extract(item('wall-123456_789'), ctx)).toMatchObject({
      network: 'vk',
      kind: 'post',
      markup: 'vk-react-mobile',
      itemKey: 'wall-123456_789',
      ref: { ownerId: '-123456', postId: '789' },
      url: 'https://m.vk.ru/wall-123456_789',
      threadUrl: 'https://m.vk.ru/wall-123456_789',
      author: { name: 'Администрация города Заречный', url: 'https://m.vk.ru/club123456', id: '-123456' },
      text: '❄️ Уборка снега: итоги ночной смены\n\nЗа ночь с улиц города вывезено 1 240 кубометров снега. Работали 38 единиц техники и 95 дворников.',
      attachments: [{ type: 'photo', url: 'https://m.vk.ru/photo-123456_457239017', preview: 'https://m.vk.ru/__fixtures__/shared/img/photo-snow.svg' }],
      postedAtText: '12 мар в 10:15',
      postedAt: Date.parse('2025-03-12T10:15:00+03:00'),
      postedAtPrecision: 'minute',
      detectedAt: NOW,
      missing: [],
    });
  });

  it('reads a repost as the reposting post: its own text and date, not the original’s', () => {
    const repost = vkAdapter.extract(item('wall-123456_786'), ctx);
    expect(repost).toMatchObject({
      text: 'Публикуем график приёма граждан на апрель.',
      author: { name: 'Администрация города Заречный', id: '-123456' },
      postedAtText: '12 марта 2025',
      postedAt: Date.parse('2025-03-12T00:00:00+03:00'),
      postedAtPrecision: 'day',
      attachments: [],
    });
  });

  it('has no reply box on the wall: the comments control leads to the post page, so openReply gives none here', async () => {
    const post = item('wall-123456_788');
    const comments = post.querySelector<HTMLAnchorElement>('[data-testid="post_footer_action_comment"]')!;
    expect(comments.getAttribute('href')).toBe('/wall-123456_788');
    // The click would navigate (the page leaves); nothing here to type into.
    comments.addEventListener('click', (event) => event.preventDefault());
    expect(await vkAdapter.openReply(post)).toBeNull();
    expect(vkAdapter.repliesOf(post, ctx)).toEqual([]);
  });
});
