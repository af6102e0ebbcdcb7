/**
 * The popup's live view of the database, loaded after the first rows are on screen (a dynamic
 * import: Dexie stays out of the popup's first bundle). Every case and the queue's context
 * (settings, regulations, people) are read through Dexie live queries, so a write in any context
 * of the extension (the background, the side panel) re-renders the popup.
 *
 * The database is opened in Dexie's dynamic mode (no versions declared): the popup never creates,
 * upgrades or seeds it — that is the background's job — and it refuses a database that does not
 * exist instead of creating an empty one.
 */
import { Dexie, liveQuery, type Table } from 'dexie';
import type { CaseRow } from '../../utils/db/case-row';
import type { RegulationRow, SettingsRow } from '../../utils/db/database';
import { QUEUE_DB_NAME, QUEUE_INDEX, type QueueSource } from '../../utils/queue/reader';

export interface QueueWatch {
  cases(rows: CaseRow[]): void;
  source(source: QueueSource): void;
  error(error: unknown): void;
}

let shared: Dexie | undefined;

function reader(name: string): Dexie {
  // Live queries hand out their cached results frozen instead of deep-copying 10,000 rows.
  if (name !== QUEUE_DB_NAME) return new Dexie(name, { cache: 'immutable' });
  shared ??= new Dexie(name, { cache: 'immutable' });
  return shared;
}

/** Watches every case (queue order) and the queue's context; returns the unsubscribe function. */
export function watchQueue(watch: QueueWatch, name = QUEUE_DB_NAME): () => void {
  const db = reader(name);
  let stopped = false;
  let subscriptions: { unsubscribe(): void }[] = [];
  // Dynamic mode learns the tables from the database itself: open it before naming one.
  db.open().then(() => {
    if (stopped) return;
    const cases = db.table('cases') as Table<CaseRow, string>;
    const settings = db.table('settings') as Table<SettingsRow, string>;
    const regulations = db.table('regulations') as Table<RegulationRow, string>;
    const people = db.table('people') as Table<{ id: string; name: string }, string>;
    subscriptions = [
      liveQuery(() => cases.where(QUEUE_INDEX).between([0, Dexie.minKey], [1, Dexie.maxKey], true, true).toArray()).subscribe({
        next: (rows) => watch.cases(rows),
        error: (error: unknown) => watch.error(error),
      }),
      liveQuery(() =>
        db.transaction('r', settings, regulations, people, async () => {
          const [row, regulationRows, peopleRows] = await Promise.all([settings.get('app'), regulations.toArray(), people.toArray()]);
          return { settings: row?.value, regulations: regulationRows, people: peopleRows };
        }),
      ).subscribe({
        next: (source) => watch.source(source),
        error: (error: unknown) => watch.error(error),
      }),
    ];
  }, watch.error);
  return () => {
    stopped = true;
    subscriptions.forEach((subscription) => subscription.unsubscribe());
  };
}
