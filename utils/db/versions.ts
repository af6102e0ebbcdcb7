/**
 * Every version of the database, oldest first, with the upgrade that carries data forward.
 * A database written by any earlier version opens with the current code and loses nothing
 * (migrations.test.ts opens one fixture per version).
 */
import type { Dexie, Transaction } from 'dexie';
import { indexFields } from './case-row';
import { storesV1, storesV2 } from './stores';

/** v1 → v2: backfill the queue order and the normalised author/thread keys of every case. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('cases')
    .toCollection()
    .modify((row) => {
      Object.assign(row, indexFields(row));
    });
}

export function declareVersions(db: Dexie): void {
  db.version(1).stores(storesV1);
  db.version(2).stores(storesV2).upgrade(upgradeToV2);
}
