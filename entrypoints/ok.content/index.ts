/** Odnoklassniki (ok.ru, m.ok.ru): capture buttons, answer in place, publication detection (utils/sites/page/). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { addCommandListener, removeCommandListener } from '../../utils/extension/content-messages';
import { request } from '../../utils/extension/messaging';
import { okAdapter } from '../../utils/sites/ok/adapter';
import { runContentScript } from '../../utils/sites/page/content-main';

export default defineContentScript({
  matches: ['*://ok.ru/*', '*://*.ok.ru/*'],
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(okAdapter, {
      ctx,
      request,
      addMessageListener: addCommandListener,
      removeMessageListener: removeCommandListener,
    });
  },
});
