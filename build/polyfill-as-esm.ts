/**
 * A Vite plugin that serves webextension-polyfill as an ES module with one default export.
 *
 * The polyfill is a CommonJS/UMD file. Imported from ESM as it is, the bundler wraps its export in an
 * interop object and copies every own property of it. Where the browser has its own `browser`
 * (Chromium 156 and Firefox do; the polyfill then returns that object as it is), the copy asks for
 * every API namespace (tabs, windows, storage, …), and Chromium builds each on first access: ~6 ms
 * of every extension page's module evaluation, found in a trace of the popup's cold open. Here the
 * same file runs inside a function with its own `module` and `exports`, and nothing is copied.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const POLYFILL_FILE = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(?:\.min)?\.js$/;

/** The polyfill's source as an ES module: the UMD takes its CommonJS branch and its export becomes the default. */
export function polyfillModuleSource(source: string): string {
  const body = source.replace(/^\/\/# sourceMappingURL=.*$/m, '');
  return [
    'const module = { exports: {} };',
    '(function (define, exports, module) {',
    body,
    '}).call(globalThis, undefined, module.exports, module);',
    'export default module.exports;',
    '',
  ].join('\n');
}

export function polyfillAsEsModule(): Plugin {
  return {
    name: 'otklik:webextension-polyfill-as-esm',
    enforce: 'pre',
    load(id) {
      return POLYFILL_FILE.test(id) ? polyfillModuleSource(readFileSync(id, 'utf8')) : null;
    },
  };
}
