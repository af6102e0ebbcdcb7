import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['*://vk.com/*', '*://*.vk.com/*', '*://vk.ru/*', '*://*.vk.ru/*'],
  runAt: 'document_idle',
  main() {
    document.documentElement.setAttribute('data-otklik', 'vk');
  },
});
