// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, type FixturePage } from '../../../test/fixtures/shared/load-fixture';
import { insertText } from '../insert-text';
import { vkAdapter } from './adapter';

const PAGE = 'https://vk.com/club123456?w=wall-123456_790';
const NOW = Date.parse('2025-03-15T12:00:00+03:00');
const ctx = { pageUrl: PAGE, now: NOW, timeZone: 'Europe/Moscow' };

let page: FixturePage;
let doc: Document;
beforeEach(() => {
  page = loadFixture('vk/react-overlay.html', PAGE);
  doc = page.document;
});
afterEach(() => page.close());

describe('VK post opened as a layer over the wall (?w=wall-…)', () => {
  it('finds the wall copy and the layer copy of the same post; findByKey prefers the layer', () => {
    const keys = vkAdapter.findItems(doc).map((el) => vkAdapter.keyOf(el, PAGE));
    expect(keys).toEqual(['wall-123456_790', 'wall-123456_787', 'wall-123456_790', 'wall-123456_790?reply=1101', 'wall-123456_790?reply=1102']);
    expect(vkAdapter.findByKey(doc, 'wall-123456_790', PAGE)!.closest('#post-layer')).not.toBeNull();
  });

  it('reads the layer post in full, with its video', () => {
    const post = vkAdapter.extract(vkAdapter.findByKey(doc, 'wall-123456_790', PAGE)!, ctx);
    expect(post.text).toBe(
      '🛝 Ремонт детской площадки на ул. Садовой начнётся 1 апреля. Что важно знать жителям — в записи.\n' +
        'На время работ площадка будет закрыта, ближайшая открытая — во дворе дома 14.\nНовое покрытие, горка и качели для малышей будут готовы к 1 июня.',
    );
    expect(post.attachments).toEqual([
      { type: 'video', url: 'https://vk.com/video-123456_456239990', preview: 'https://vk.com/__fixtures__/shared/img/photo-playground.svg' },
    ]);
    expect(post.postedAt).toBe(Date.parse('2025-03-15T09:00:00+03:00'));
    expect(post.pageUrl).toBe(PAGE);
  });

  it('answers a comment inside the layer', async () => {
    const target = vkAdapter.findByKey(doc, 'wall-123456_790?reply=1101', PAGE)!;
    const editor = (await vkAdapter.openReply(target))!;
    expect(editor.closest('#post-layer')).not.toBeNull();
    expect(editor.dataset.model).toBe('Наталья, ');
    await insertText(editor, 'песочницу заменят вместе с горкой.');
    vkAdapter.sendButton(editor)!.click();
    const published = vkAdapter.repliesOf(target, ctx).at(-1)!;
    expect(published.url).toBe('https://vk.com/wall-123456_790?reply=2101&thread=1101');
    expect(published.text).toBe('Наталья, песочницу заменят вместе с горкой.');
  });

  it('has no reply box for the wall copy of a post without comments loaded: it opens one with the site control', async () => {
    const wallPost = vkAdapter.findByKey(doc, 'wall-123456_787', PAGE)!;
    const editor = (await vkAdapter.openReply(wallPost))!;
    expect(editor.closest('[data-testid="post"]')).toBe(wallPost);
  });
});
