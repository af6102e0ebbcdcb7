/**
 * `npm run demo`: opens Chromium with the built extension and the local replicas of a VK wall and
 * an OK group under their real host names, so anyone can try the whole flow without an account.
 * Headed where a display exists; otherwise headless, with screenshots written for a look.
 * Flags: --fresh (forget the demo profile: no cases, default settings).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension, SCREENS_DIR } from './harness/browser';
import { fixtureRoutes } from '../fixtures/routes';

const profileDir = resolve(import.meta.dirname, '.profile-demo');
if (process.argv.includes('--fresh')) rmSync(profileDir, { recursive: true, force: true });
mkdirSync(profileDir, { recursive: true });

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const session = await launchWithExtension({ headless: !hasDisplay, profileDir, viewport: hasDisplay ? null : undefined });

// The index of every replica, then a VK wall, a VK post with threads and the OK group.
const DEMO_START = ['/club123456', '/wall-123456_789', '/group/70000001234567'];
const pages = [
  'https://vk.com/?otklik-demo',
  ...DEMO_START.flatMap((path) => {
    const route = fixtureRoutes.find((candidate) => candidate.path === path && !candidate.query && !candidate.host);
    return route ? [`https://${route.site === 'vk' ? 'vk.com' : 'ok.ru'}${route.path}`] : [];
  }),
];
for (const url of pages) {
  const page = await session.context.newPage();
  await page.goto(url).catch((error: Error) => console.warn(`Could not open ${url}: ${error.message}`));
}
const popup = await session.openExtensionPage('popup.html');

console.log(`\nОтклик: демо запущено (расширение ${session.extensionId}).`);
console.log('Демо-страницы:');
for (const url of pages) console.log(`  ${url}`);
console.log(`Очередь: chrome-extension://${session.extensionId}/popup.html`);
console.log(`Дело:    chrome-extension://${session.extensionId}/sidepanel.html`);
console.log(`Настройки: chrome-extension://${session.extensionId}/options.html`);

if (!hasDisplay) {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const pagesOpen = session.context.pages().filter((page) => page.url().startsWith('https://'));
  for (const [index, page] of pagesOpen.entries()) {
    await page.screenshot({ path: join(SCREENS_DIR, `demo-page-${index + 1}.png`), fullPage: false });
  }
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.screenshot({ path: join(SCREENS_DIR, 'demo-popup.png') });
  console.log(`\nНет дисплея: Chromium запущен без окна. Снимки экрана — в ${SCREENS_DIR}.`);
  console.log('На машине с дисплеем команда откроет окно браузера. Для проверки в этой среде: npm test.');
}
console.log('\nCtrl+C — закрыть демо.');

const stop = async () => {
  await session.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
session.context.on('close', () => process.exit(0));
await new Promise(() => undefined);
