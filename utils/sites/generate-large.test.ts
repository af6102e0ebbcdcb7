// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { largeOkPage, largeVkPage, okCommentBatch, vkCommentBatch } from '../../test/fixtures/generate-large';
import { okAdapter } from './ok/adapter';
import { vkAdapter } from './vk/adapter';

function documentOf(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const keysOf = (adapter: typeof vkAdapter, doc: Document, url: string) => adapter.findItems(doc).map((item) => adapter.keyOf(item, url));

describe('large pages for the bench', () => {
  it.each([1, 10, 257])('a React VK page has exactly %i items with distinct keys', (count) => {
    const keys = keysOf(vkAdapter, documentOf(largeVkPage(count)), 'https://vk.com/club123456');
    expect(keys).toHaveLength(count);
    expect(new Set(keys).size).toBe(count);
    expect(keys.every(Boolean)).toBe(true);
  });

  it('a legacy VK page has exactly the items asked for, threads included', () => {
    const doc = documentOf(largeVkPage(257, { generation: 'legacy' }));
    const keys = keysOf(vkAdapter, doc, 'https://vk.com/club123456');
    expect(keys).toHaveLength(257);
    expect(new Set(keys).size).toBe(257);
    expect(doc.querySelectorAll('.replies_wrap_deep').length).toBeGreaterThan(50);
  });

  it('an OK page has exactly the items asked for', () => {
    const url = 'https://ok.ru/group/70000001234567/topic/1';
    const keys = keysOf(okAdapter, documentOf(largeOkPage(257)), url);
    expect(keys).toHaveLength(257);
    expect(new Set(keys).size).toBe(257);
  });

  it('comment batches hold exactly the comments asked for, as the mutation root a scan gets', () => {
    const vk = documentOf(`<div data-testid="post" data-post-id="-123456_10000"><div data-testid="wall_comments_layout_root">${vkCommentBatch(50)}</div></div>`);
    const root = vk.querySelector('[data-testid="wall_comments_layout_root"]')!;
    const fromChildren = Array.from(root.children).flatMap((child) => vkAdapter.findItems(child));
    expect(fromChildren).toHaveLength(50);
    expect(vkAdapter.keyOf(fromChildren[2]!, 'https://vk.com/feed')).toBe('wall-123456_10000?reply=900002');
    const legacy = documentOf(`<div class="post" data-post-id="-123456_10000"><div class="replies_list">${vkCommentBatch(50, { generation: 'legacy' })}</div></div>`);
    expect(vkAdapter.findItems(legacy.querySelector('.replies_list')!)).toHaveLength(50);
    const ok = documentOf(`<div class="media-layer_c"><div class="comments_lst_cnt">${okCommentBatch(50)}</div></div>`);
    expect(okAdapter.findItems(ok.querySelector('.comments_lst_cnt')!)).toHaveLength(50);
  });
});
