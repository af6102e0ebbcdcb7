import { expect, it } from 'vitest';

// Guards the two-zone set-up in vitest.config.ts: each project must really run in its own zone.
it('runs in the zone its project asks for', () => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  expect(zone).toBe(process.env.TZ);
  const offset = new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset();
  expect(offset).toBe(process.env.TZ === 'UTC' ? 0 : 480);
});
