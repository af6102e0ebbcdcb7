/**
 * Persistent storage for the extension's IndexedDB: asks the browser not to evict the cases under
 * storage pressure. `navigator.storage.persist()` exists only in pages (popup, side panel,
 * options), not in the service worker, so a page calls this and shows the result.
 */

export type PersistenceStatus =
  /** The browser will not evict the data. */
  | 'persisted'
  /** The browser refused (or did not decide yet); data may be evicted under storage pressure. */
  | 'not-persisted'
  /** No StorageManager here (service worker, old browser). */
  | 'unsupported';

export interface PersistenceReport {
  status: PersistenceStatus;
  /** Bytes used and available to this origin, when the browser tells. */
  usage?: number;
  quota?: number;
}

type StorageLike = Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>;

/** This context's StorageManager, or null where there is none (service worker, old browser). */
function storageManager(): StorageLike | null {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  return typeof storage?.persisted === 'function' && typeof storage.persist === 'function' ? storage : null;
}

async function estimate(storage: StorageLike): Promise<Pick<PersistenceReport, 'usage' | 'quota'>> {
  try {
    const { usage, quota } = await storage.estimate();
    return { usage, quota };
  } catch {
    return {};
  }
}

/** Whether storage is already persistent; asks nothing. */
export async function persistenceStatus(storage: StorageLike | null = storageManager()): Promise<PersistenceReport> {
  if (!storage) return { status: 'unsupported' };
  const persisted = await storage.persisted();
  return { status: persisted ? 'persisted' : 'not-persisted', ...(await estimate(storage)) };
}

/** Asks for persistent storage when not yet granted, and reports the outcome. */
export async function requestPersistence(storage: StorageLike | null = storageManager()): Promise<PersistenceReport> {
  if (!storage) return { status: 'unsupported' };
  const granted = (await storage.persisted()) || (await storage.persist());
  return { status: granted ? 'persisted' : 'not-persisted', ...(await estimate(storage)) };
}

/** What the options page shows, in Russian. */
export const persistenceLabels: Record<PersistenceStatus, string> = {
  persisted: 'Хранилище постоянное: браузер не удалит дела при нехватке места.',
  'not-persisted':
    'Браузер не подтвердил постоянное хранение: при нехватке места на диске данные могут быть удалены. Делайте резервные копии.',
  unsupported: 'Браузер не сообщает, постоянное ли хранилище. Делайте резервные копии.',
};
