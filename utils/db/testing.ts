/** Test helpers: a fresh database per test (fake-indexeddb is loaded by the vitest setup). */
import { OtklikDB } from './database';

let counter = 0;

export async function openTestDb(): Promise<OtklikDB> {
  counter += 1;
  const db = new OtklikDB(`otklik-test-${counter}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  return db;
}

export async function dropTestDb(db: OtklikDB): Promise<void> {
  db.close();
  await db.delete();
}

/** Deterministic ids: `${prefix}-1`, `${prefix}-2`, … */
export function idSequence(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
