import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { polyfillAsEsModule } from './build/polyfill-as-esm';

/** Hosts the content scripts run on and the extension may touch (DESIGN.md, Contracts). */
export const SITE_MATCHES = [
  '*://vk.com/*',
  '*://*.vk.com/*',
  '*://vk.ru/*',
  '*://*.vk.ru/*',
  '*://ok.ru/*',
  '*://*.ok.ru/*',
];

export default defineConfig({
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  // OTKLIK_OUT lets parallel work trees build without overwriting each other's .output.
  outDir: process.env.OTKLIK_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Vite 8 may emit a raw U+FFFF (e.g. from Dexie) that makes Chromium refuse the extension.
  experimental: { escapeUnicode: true },
  // webextension-polyfill as an ES module: ~6 ms less of every extension page's start (see the plugin).
  vite: () => ({ plugins: [polyfillAsEsModule(), preact()] }),
  hooks: {
    // webextension-polyfill serves the background and the extension pages. Content scripts run on
    // every VK/OK page and only send and receive messages, which Chrome MV3 and Firefox both offer
    // natively with promises; keeping the polyfill out of them saves ~9.5 KB per page load (budget:
    // 40 KB per content script). Their listeners answer through sendResponse for that reason.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      // Terser packs the content scripts ~2.5 % tighter than the default minifier (budget: 40 KB
      // each). The "unsafe" arrow/method forms are safe here: no function expression is ever `new`ed.
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: { ecma: 2020, compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true } },
      };
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  zip: {
    excludeSources: ['test/e2e/screens/**', '**/*.log', '.ci/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    // activeTab: the context-menu capture on any other site may read that one tab's title, only
    // after the person chose «Взять выделенное в работу» there (no install-time warning).
    // sidePanel is Chromium's; Firefox shows the same page through sidebar_action (added by WXT).
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      'contextMenus',
      'activeTab',
    ],
    host_permissions: SITE_MATCHES,
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_commandOpenQueue__',
      },
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandOpenSidePanel__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'otklik@otklik.example',
          strict_min_version: '128.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
