import { describe, expect, it } from 'vitest';
import { persistenceLabels, persistenceStatus, requestPersistence } from './storage-persistence';

function fakeStorage(initial: boolean, grant: boolean) {
  let persisted = initial;
  let asked = 0;
  return {
    storage: {
      persisted: async () => persisted,
      persist: async () => {
        asked += 1;
        persisted = grant;
        return grant;
      },
      estimate: async () => ({ usage: 1_000, quota: 1_000_000 }),
    },
    asked: () => asked,
  };
}

describe('storage persistence', () => {
  it('reports the status without asking', async () => {
    const fake = fakeStorage(false, true);
    expect(await persistenceStatus(fake.storage)).toEqual({ status: 'not-persisted', usage: 1_000, quota: 1_000_000 });
    expect(fake.asked()).toBe(0);
  });
  it('asks once when not yet persistent and reports what the browser decided', async () => {
    const granted = fakeStorage(false, true);
    expect((await requestPersistence(granted.storage)).status).toBe('persisted');
    expect(granted.asked()).toBe(1);
    const refused = fakeStorage(false, false);
    expect((await requestPersistence(refused.storage)).status).toBe('not-persisted');
    const already = fakeStorage(true, false);
    expect((await requestPersistence(already.storage)).status).toBe('persisted');
    expect(already.asked()).toBe(0);
  });
  it('says when there is no storage manager (service worker, old browser)', async () => {
    expect(await requestPersistence(null)).toEqual({ status: 'unsupported' });
    expect(await persistenceStatus(null)).toEqual({ status: 'unsupported' });
    expect(persistenceLabels.unsupported).toMatch(/резервные копии/);
  });
});
