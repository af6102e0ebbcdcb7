/**
 * Launches Debian's Chromium with the built extension through playwright-core and the fixture
 * server mapped under the real host names. Returns what a test needs: the context, the
 * extension id, its service worker and helpers to open extension pages.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../..', process.env.OTKLIK_OUT ?? '.output', 'chrome-mv3');
export const SCREENS_DIR = resolve(import.meta.dirname, '../screens');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MAPPED_HOSTS = ['vk.com', '*.vk.com', 'vk.ru', '*.vk.ru', 'ok.ru', '*.ok.ru', 'web.telegram.org', 'example.org'];

export interface ExtensionSession {
  context: BrowserContext;
  server: FixtureServer;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens chrome-extension://<id>/<path> in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  serverPort?: number;
  /** Extra Chromium flags. */
  args?: string[];
  /** Keep the profile directory (demo). */
  profileDir?: string;
  viewport?: { width: number; height: number } | null;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const server = await startFixtureServer(options.serverPort ?? 0);
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'otklik-e2e-'));
  const rules = [...MAPPED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${server.port}`), 'EXCLUDE localhost'].join(', ');
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless,
    ignoreHTTPSErrors: true,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    locale: 'ru-RU',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=Translate,MediaRouter,OptimizationHints',
      '--lang=ru-RU',
      ...(options.args ?? []),
    ],
  });
  let serviceWorker = context.serviceWorkers()[0];
  if (!serviceWorker) serviceWorker = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    server,
    extensionId,
    serviceWorker,
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
