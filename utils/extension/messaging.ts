/** The messaging client for pages and content scripts: `await request('ping', { from: 'popup' })`. */
import { browser } from 'wxt/browser';
import { createClient } from '../messaging/transport';

export const request = createClient((envelope) => browser.runtime.sendMessage(envelope));
