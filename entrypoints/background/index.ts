import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../../utils/messaging/router';
import { isEnvelope } from '../../utils/messaging/transport';
import { getDatabase } from '../../utils/db/database';
import { registerAlerts } from './alerts';
import { registerContextMenu } from './context-menu';
import { refreshDerived } from './derived';
import { handlers } from './handlers';

export default defineBackground(() => {
  // Listeners are registered synchronously on every service-worker start; no state lives in memory.
  const route = createRouter(handlers);
  browser.runtime.onMessage.addListener((message, sender) => {
    // Not ours, or meant for an extension page (showCase): stay silent so the right page answers.
    if (!isEnvelope(message) || !route.handles(message)) return undefined;
    return route(message, { tabId: sender.tab?.id, url: sender.url ?? sender.tab?.url, frameId: sender.frameId });
  });
  // Badge, deadline notifications, notification clicks and the open-side-panel command.
  registerAlerts(getDatabase);
  // Stored due moments computed with a regulation or calendar that has changed since (a new version's presets).
  void refreshDerived(getDatabase());
  // «Взять выделенное в работу» on any page.
  registerContextMenu(getDatabase);
});
