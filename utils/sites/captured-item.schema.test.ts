import { describe, expect, it } from 'vitest';
import { capturedItemSchema } from './captured-item.schema';
import { completeItem } from './captured-item';
import type { CapturedItem } from './types';

const NOW = Date.parse('2025-03-15T12:00:00+03:00');

const valid: CapturedItem = {
  network: 'vk',
  kind: 'comment',
  itemKey: 'wall-123456_789?reply=1001',
  ref: { ownerId: '-123456', postId: '789', commentId: '1001' },
  url: 'https://vk.com/wall-123456_789?reply=1001',
  threadUrl: 'https://vk.com/wall-123456_789',
  author: { name: 'Иван Петров', url: 'https://vk.com/id111', id: '111' },
  text: '<script>alert(1)</script>',
  attachments: [{ type: 'photo', url: 'https://vk.com/photo-1_2', preview: 'https://sun9-1.userapi.com/x.jpg' }],
  postedAt: NOW - 60_000,
  postedAtText: 'минуту назад',
  postedAtPrecision: 'minute',
  detectedAt: NOW,
  pageUrl: 'https://vk.com/club123456',
  missing: [],
  markup: 'vk-legacy',
};

describe('capturedItemSchema', () => {
  it('accepts a full item and keeps hostile text as it is', () => {
    expect(capturedItemSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['a javascript: permalink', { url: 'javascript:alert(1)' }],
    ['an unknown network', { network: 'facebook' }],
    ['a non-numeric owner id', { ref: { ownerId: 'club1' } }],
    ['a fractional time', { detectedAt: 1.5 }],
    ['an empty key', { itemKey: '' }],
    ['a huge text', { text: 'x'.repeat(100_001) }],
  ])('rejects %s', (_name, patch) => {
    expect(capturedItemSchema.safeParse({ ...valid, ...patch }).success).toBe(false);
  });

  it('accepts what completeItem builds from an item with nothing readable', () => {
    const bare = completeItem(
      { network: 'ok', kind: 'post', markup: 'ok-feed', itemKey: 'topic/1', ref: {}, expectedRef: ['topicId'], author: {}, attachments: [] },
      { pageUrl: 'https://ok.ru/group/1', now: NOW, timeZone: 'Europe/Moscow' },
    );
    expect(bare.missing).toEqual(['ref.topicId', 'url', 'threadUrl', 'author.name', 'author.url', 'author.id', 'text', 'postedAtText', 'postedAt']);
    expect(bare.url).toBe('https://ok.ru/group/1');
    expect(capturedItemSchema.parse(bare)).toEqual(bare);
  });
});
