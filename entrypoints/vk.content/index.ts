/** VK (vk.com, vk.ru, m.vk.com): capture buttons, answer in place, publication detection (utils/sites/page/). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { addCommandListener, removeCommandListener } from '../../utils/extension/content-messages';
import { request } from '../../utils/extension/messaging';
import { runContentScript } from '../../utils/sites/page/content-main';
import { vkAdapter } from '../../utils/sites/vk/adapter';

export default defineContentScript({
  matches: ['*://vk.com/*', '*://*.vk.com/*', '*://vk.ru/*', '*://*.vk.ru/*'],
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(vkAdapter, {
      ctx,
      request,
      addMessageListener: addCommandListener,
      removeMessageListener: removeCommandListener,
    });
  },
});
