import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureRoutes, resolveFixture } from '../../test/fixtures/routes';
import { adapterFor } from './index';

const fileFor = (url: string) => {
  const parsed = new URL(url);
  return resolveFixture(parsed.host, parsed.pathname, parsed.searchParams)?.file;
};

describe('fixture routes', () => {
  it.each([
    ['https://vk.com/club123456', 'vk/legacy-wall.html'],
    ['https://vk.ru/club123456', 'vk/legacy-wall.html'],
    ['https://vk.com/club123456?w=wall-123456_790', 'vk/react-overlay.html'],
    ['https://vk.com/club223344', 'vk/hybrid-wall.html'],
    ['https://vk.com/wall-123456_789', 'vk/react-post.html'],
    ['https://vk.com/wall-123456_789?reply=1001&thread=1001', 'vk/react-post.html'],
    ['https://m.vk.com/wall-123456_789', 'vk/mobile-post.html'],
    ['https://m.vk.ru/wall-123456_789', 'vk/mobile-post.html'],
    ['https://m.vk.com/club123456', 'vk/mobile-wall.html'],
    ['https://m.vk.ru/club123456', 'vk/mobile-wall.html'],
    ['https://vk.com/feed', 'vk/react-feed.html'],
    ['https://ok.ru/group/70000001234567', 'ok/group-feed.html'],
    ['https://ok.ru/zarechny.adm/topic/156795562550690', 'ok/group-feed.html'],
    ['https://m.ok.ru/group/70000001234567/topic/156795562550671', 'ok/topic-page.html'],
    ['https://ok.ru/club123456', undefined],
  ])('%s → %s', (url, file) => {
    expect(fileFor(url)).toBe(file);
  });

  it('points at files that exist, under hosts an adapter handles', () => {
    for (const route of fixtureRoutes) {
      expect(existsSync(resolve(import.meta.dirname, '../../test/fixtures', route.file)), route.file).toBe(true);
      expect(adapterFor(`https://${route.host ?? (route.site === 'vk' ? 'vk.com' : 'ok.ru')}${route.path}`)?.network).toBe(route.site);
    }
  });
});
