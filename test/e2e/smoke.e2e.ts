import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './harness/browser';
import { sendRaw } from './harness/messages';

describe('the extension loads in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('starts the service worker, which answers a typed ping', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await session.openExtensionPage('popup.html');
    const reply = await sendRaw(page, 'ping', { from: 'e2e' });
    expect(reply).toMatchObject({ ok: true, data: { version: expect.any(String) } });
    const refused = await sendRaw(page, 'ping', { from: 42 });
    expect(refused).toMatchObject({ ok: false, code: 'invalid' });
  });

  it.each(['popup.html', 'sidepanel.html', 'options.html'])('renders %s', async (path) => {
    const page = await session.openExtensionPage(path);
    await expect(page.getByTestId('app-ready').first().waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    await page.close();
  });

  it.each([
    ['vk', 'https://vk.com/otklik-smoke'],
    ['vk', 'https://m.vk.ru/otklik-smoke'],
    ['ok', 'https://ok.ru/otklik-smoke'],
  ])('injects the %s content script on %s under the real host name', async (site, url) => {
    session.server.setPage(site as 'vk' | 'ok', '/otklik-smoke', '<!doctype html><meta charset="utf-8"><title>smoke</title><p>smoke</p>');
    const page = await session.context.newPage();
    await page.goto(url);
    await page.waitForFunction((name) => document.documentElement.getAttribute('data-otklik') === name, site, { timeout: 10_000 });
    await page.close();
  });
});
