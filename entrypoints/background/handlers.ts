/** The background's message handlers, one entry per message in utils/messaging/protocol.ts. */
import { browser } from 'wxt/browser';
import type { Handlers } from '../../utils/messaging/router';
import { answerHandlers } from './answer';
import { caseHandlers } from './cases';
import { pageBadgeHandlers } from './page-badges';
import { recordHandlers } from './records';

export const handlers: Handlers = {
  ping: () => ({ version: browser.runtime.getManifest().version, at: Date.now() }),
  ...caseHandlers,
  ...recordHandlers,
  ...pageBadgeHandlers,
  ...answerHandlers,
};
