import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { polyfillAsEsModule } from './polyfill-as-esm';

const polyfillPath = createRequire(import.meta.url).resolve('webextension-polyfill');
const globals = globalThis as Record<string, unknown>;
const dirs: string[] = [];

/** Loads the module the plugin serves for the installed polyfill, fresh each time. */
async function loadServed(): Promise<unknown> {
  const load = polyfillAsEsModule().load as (id: string) => string | null;
  const code = load(polyfillPath);
  expect(code).toEqual(expect.any(String));
  const dir = mkdtempSync(join(tmpdir(), 'otklik-polyfill-'));
  dirs.push(dir);
  const file = join(dir, 'browser-polyfill.mjs');
  writeFileSync(file, code!);
  return ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: unknown }).default;
}

afterEach(() => {
  delete globals.chrome;
  delete globals.browser;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('webextension-polyfill as an ES module', () => {
  it('serves only the polyfill file', () => {
    const load = polyfillAsEsModule().load as (id: string) => string | null;
    expect(load('/x/node_modules/dexie/dist/dexie.js')).toBeNull();
    expect(load(polyfillPath)).toMatch(/export default module\.exports;/);
  });

  it('exports the browser’s own `browser` object itself, without touching its namespaces', async () => {
    const touched: string[] = [];
    const native: Record<string, unknown> = { runtime: { id: 'otklik' } };
    for (const name of ['tabs', 'windows', 'storage']) {
      Object.defineProperty(native, name, { enumerable: true, get: () => (touched.push(name), {}) });
    }
    globals.chrome = { runtime: { id: 'otklik' } };
    globals.browser = native;
    expect(await loadServed()).toBe(native);
    expect(touched).toEqual([]);
  });

  it('wraps `chrome` with promises where there is no `browser`', async () => {
    globals.chrome = {
      runtime: { id: 'otklik', lastError: undefined, getPlatformInfo: (callback: (info: object) => void) => callback({ os: 'linux' }) },
    };
    const wrapped = (await loadServed()) as { runtime: { id: string; getPlatformInfo(): Promise<{ os: string }> } };
    expect(wrapped.runtime.id).toBe('otklik');
    await expect(wrapped.runtime.getPlatformInfo()).resolves.toEqual({ os: 'linux' });
  });

  it('refuses to run outside an extension, as the polyfill does', async () => {
    await expect(loadServed()).rejects.toThrow(/browser extension/);
  });
});
