import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const unitInclude = ['utils/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}', 'build/**/*.test.ts'];

/**
 * Unit tests run twice for time-sensitive code: once in UTC and once in a far-away zone, so a test
 * that leans on the machine's zone instead of the administration's fails (issue 2: "whatever the
 * machine's zone").
 */
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: unitInclude, env: { TZ: 'UTC' }, setupFiles: ['fake-indexeddb/auto'] },
      },
      {
        extends: true,
        test: {
          name: 'unit-tz',
          include: ['utils/worktime/**/*.test.ts', 'utils/calendar-ru/**/*.test.ts', 'utils/cases/**/*.test.ts', 'utils/regulation/**/*.test.ts', 'utils/report/**/*.test.ts', 'utils/queue/**/*.test.ts', 'test/unit/tz-*.test.ts'],
          env: { TZ: 'America/Los_Angeles' },
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
    ],
  },
});
