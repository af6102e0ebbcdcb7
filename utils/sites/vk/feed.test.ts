// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, type FixturePage } from '../../../test/fixtures/shared/load-fixture';
import { insertText } from '../insert-text';
import { vkAdapter } from './adapter';

const PAGE = 'https://vk.com/feed';
const NOW = Date.parse('2025-03-15T12:00:00+03:00');
const ctx = { pageUrl: PAGE, now: NOW, timeZone: 'Europe/Moscow' };

let page: FixturePage;
let doc: Document;
beforeEach(() => {
  page = loadFixture('vk/react-feed.html', PAGE);
  doc = page.document;
});
afterEach(() => page.close());

const keys = () => vkAdapter.findItems(doc).map((el) => vkAdapter.keyOf(el, PAGE));

describe('VK virtualized feed (recycled containers)', () => {
  it('shows a window of the feed in re-used containers', () => {
    expect(page.window.__feed.total).toBe(24);
    expect(keys()).toEqual(['wall-123456_799', 'wall-445566_4999', 'wall-223344_149', 'wall111_39', 'wall-334455_89', 'wall-123456_798']);
  });

  it('keyOf follows the content of a recycled element, never its identity', () => {
    const first = doc.querySelector('article[data-index="0"] [data-testid="post"]')!;
    expect(vkAdapter.keyOf(first, PAGE)).toBe('wall-123456_799');
    page.window.__feed.renderFrom(3);
    expect(first.parentElement!.getAttribute('data-index')).toBe('3');
    expect(vkAdapter.keyOf(first, PAGE)).toBe('wall111_39');
    expect(vkAdapter.extract(first, ctx).author).toEqual({ name: 'Иван Петров', url: 'https://vk.com/id111', id: '111' });
    page.window.__feed.renderFrom(0);
    expect(vkAdapter.keyOf(first, PAGE)).toBe('wall-123456_799');
    expect(vkAdapter.findByKey(doc, 'wall-223344_140', PAGE)).toBeNull();
  });

  it('finds items in a recycled container passed as the mutation root', () => {
    const article = doc.querySelector('article[data-index="2"]')!;
    page.window.__feed.renderFrom(10);
    expect(vkAdapter.findItems(article).map((el) => vkAdapter.keyOf(el, PAGE))).toEqual(['wall-123456_796']);
  });

  it('reads a feed post: date link, photo, user author', () => {
    page.window.__feed.renderFrom(3);
    expect(vkAdapter.extract(vkAdapter.findByKey(doc, 'wall111_39', PAGE)!, ctx)).toMatchObject({
      url: 'https://vk.com/wall111_39',
      ref: { ownerId: '111', postId: '39' },
      text: 'Яма у остановки «Школа» на Лесной растёт с каждым днём. Администрация, когда ремонт? @zarechny_adm',
      attachments: [{ type: 'photo', url: 'https://vk.com/photo111_457250003', preview: 'https://vk.com/__fixtures__/shared/img/photo-pothole.svg' }],
      postedAt: NOW - 3_600_000,
      postedAtText: 'час назад',
      missing: [],
    });
  });

  it('opens a composer on a feed post with the comment button and publishes a comment', async () => {
    const post = vkAdapter.findByKey(doc, 'wall-445566_4999', PAGE)!;
    expect(post.querySelector('[data-testid="content-editable-input"]')).toBeNull();
    const editor = (await vkAdapter.openReply(post))!;
    expect(editor.closest('[data-testid="post"]')).toBe(post);
    await insertText(editor, 'Аварийная бригада работает, подача тепла — к 18:00.');
    vkAdapter.sendButton(editor)!.click();
    const published = vkAdapter.repliesOf(post, ctx);
    expect(published.map((reply) => [reply.url, reply.text])).toEqual([
      ['https://vk.com/wall-445566_4999?reply=9001', 'Аварийная бригада работает, подача тепла — к 18:00.'],
    ]);
  });
});
