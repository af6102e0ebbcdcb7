/**
 * Runtime message listeners for the content scripts. They are built without webextension-polyfill
 * (see the hook in wxt.config.ts), so a listener's promise is answered through `sendResponse` and
 * `return true`, which Chrome and Firefox both support; `undefined` leaves the message to others.
 */
import { browser } from 'wxt/browser';

export type CommandListener = (message: unknown) => Promise<unknown> | undefined;
type RuntimeListener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => true | undefined;

const installed = new WeakMap<CommandListener, RuntimeListener>();

export function addCommandListener(listener: CommandListener): void {
  const runtimeListener: RuntimeListener = (message, _sender, sendResponse) => {
    const result = listener(message);
    if (!result) return undefined;
    result.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String((error as Error)?.message ?? error) }));
    return true;
  };
  installed.set(listener, runtimeListener);
  browser.runtime.onMessage.addListener(runtimeListener as never);
}

export function removeCommandListener(listener: CommandListener): void {
  const runtimeListener = installed.get(listener);
  if (runtimeListener) browser.runtime.onMessage.removeListener(runtimeListener as never);
  installed.delete(listener);
}
