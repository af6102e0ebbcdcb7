import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real headless Chromium, one file at a time. */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    env: { TZ: 'Europe/Moscow' },
  },
});
