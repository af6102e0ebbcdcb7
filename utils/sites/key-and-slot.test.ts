// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixtureRoutes } from '../../test/fixtures/routes';
import { loadFixture } from '../../test/fixtures/shared/load-fixture';
import { adapterFor } from './index';

describe('every item of every fixture page has a key and a slot of its own for the button', () => {
  it.each(fixtureRoutes.map((route) => [route.file, route] as const))('%s', async (_, route) => {
    const query = route.query ? `?${new URLSearchParams(route.query)}` : '';
    const url = `https://${route.host ?? (route.site === 'vk' ? 'vk.com' : 'ok.ru')}${route.path}${query}`;
    const adapter = adapterFor(url)!;
    const page = loadFixture(route.file, url);
    try {
      const items = adapter.findItems(page.document);
      expect(items.length).toBeGreaterThan(2);
      for (const item of items) {
        expect(adapter.keyOf(item, url)).not.toBeNull();
        expect(adapter.buttonSlot(item).parent).not.toBe(item);
      }
    } finally {
      await page.close();
    }
  });
});
