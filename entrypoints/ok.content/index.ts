import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['*://ok.ru/*', '*://*.ok.ru/*'],
  runAt: 'document_idle',
  main() {
    document.documentElement.setAttribute('data-otklik', 'ok');
  },
});
