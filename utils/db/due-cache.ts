/**
 * The due context (settings, regulations, calendars) kept between the background's messages, so a
 * capture or a badge refresh does not re-read and re-parse the settings and every regulation.
 * Dropped whenever Dexie reports a write to the `settings` or `regulations` table — in this context
 * or, through Dexie's BroadcastChannel, in any other context of the extension. A restarted service
 * worker starts empty and simply loads again. Pages keep using `loadDueContext` inside liveQuery,
 * which must see the reads to re-run.
 */
import { Dexie } from 'dexie';
import type { OtklikDB } from './database';
import { loadDueContext, type DueContext } from './due';

/** By database name; the promise is stored when the load starts, so a write landing meanwhile drops it. */
const entries = new Map<string, Promise<DueContext>>();
let listening = false;

/** Table parts of a `storagemutated` notice look like `idb://otklik/settings/` (+ index name). */
const DUE_PART = /^idb:\/\/(.+)\/(?:settings|regulations)\//;

function onMutated(parts: Record<string, unknown>): void {
  for (const part of Object.keys(parts)) {
    if (part === 'all') entries.clear();
    const db = DUE_PART.exec(part)?.[1];
    if (db !== undefined) entries.delete(db);
  }
}

/** The database's due context, loaded once and reused until its settings or regulations change. */
export function cachedDueContext(db: OtklikDB): Promise<DueContext> {
  if (!listening) {
    Dexie.on('storagemutated', onMutated);
    listening = true;
  }
  const cached = entries.get(db.name);
  if (cached) return cached;
  const context = loadDueContext(db);
  entries.set(db.name, context);
  context.catch(() => {
    if (entries.get(db.name) === context) entries.delete(db.name);
  });
  return context;
}
