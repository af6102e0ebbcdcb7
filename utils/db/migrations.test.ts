/**
 * A database written by each earlier version opens with the current code and loses nothing
 * (read-frog style: one data fixture per version under fixtures/).
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../cases/schema';
import { regulationPresets } from '../regulation/index';
import { copyRegulation } from '../regulation/io';
import { getSettings } from '../settings/store';
import { fromRow, indexFields, type CaseRow } from './case-row';
import { findRepeats } from './cases';
import { OtklikDB } from './database';
import { v1 } from './fixtures/v1';
import { v2 } from './fixtures/v2';
import type { FixtureDatabase } from './fixtures/types';
import { queryQueue } from './queue';
import { LATEST_VERSION, storesByVersion } from './stores';

const fixtures: FixtureDatabase[] = [v1, v2];
const INDEX_FIELDS = ['queueRank', 'queueAt', 'authorKeys', 'threadKey'];

/** A user's own regulation, present in every fixture database (the seeding must leave it alone). */
const custom = { id: 'my-town', source: 'custom', regulation: copyRegulation(regulationPresets.luga, 'my-town'), updatedAt: 1764000000000 };

async function writeAsVersion(name: string, fixture: FixtureDatabase): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(storesByVersion[fixture.version]!);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
    await old.table('regulations').add(custom);
  });
  old.close();
}

const withoutIndexFields = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).filter(([key]) => !INDEX_FIELDS.includes(key)));
const byKey = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

describe('database migrations', () => {
  let db: OtklikDB | undefined;
  afterEach(async () => {
    db?.close();
    await db?.delete();
  });

  it('has a fixture for every version before and including the latest', () => {
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
  });

  for (const fixture of fixtures) {
    it(`opens a database written by version ${fixture.version} and loses nothing`, async () => {
      const name = `migration-v${fixture.version}-${Math.random().toString(36).slice(2)}`;
      await writeAsVersion(name, fixture);
      db = new OtklikDB(name);
      await db.open();
      expect(db.verno).toBe(LATEST_VERSION);

      // Every case is there with every captured field and event; index fields are backfilled.
      const rows = await db.cases.toArray();
      const expected = fixture.tables.cases!;
      expect(rows.map((r) => withoutIndexFields(fromRow(r))).sort(byKey)).toEqual(expected.map(withoutIndexFields).sort(byKey));
      for (const row of rows) expect(row).toMatchObject(indexFields(row as Case) as unknown as Record<string, unknown>);

      // The other tables, row for row (presets are added beside the user's own regulation).
      for (const table of ['people', 'topics', 'locations', 'templates', 'settings', 'notified']) {
        expect((await db.table(table).toArray()).sort(byKey), table).toEqual([...fixture.tables[table]!].sort(byKey));
      }
      expect(await db.regulations.get('my-town')).toEqual(custom);
      expect(await db.regulations.count()).toBe(Object.keys(regulationPresets).length + 1);
      expect((await getSettings(db)).activeRegulationId).toBe('korenovsk');

      // The new indexes answer: the queue puts open cases first by due time, finished ones after.
      const queue = await queryQueue(db, { now: 0 });
      const open = queue.filter((r) => r.queueRank === 0);
      expect(queue.slice(0, open.length)).toEqual(open);
      expect(open.map((r) => r.nextDueAt)).toEqual(open.map((r) => r.nextDueAt).sort((a, b) => a! - b!));
      expect(queue).toHaveLength(expected.length);
      const first = rows.find((r) => r.author.id === '42') as CaseRow;
      const offered = await findRepeats(db, { ...fromRow(first), id: 'probe', itemKey: 'probe', detectedAt: first.detectedAt + 1 });
      expect(offered.map((r) => r.id)).toContain(first.id);
    });
  }
});
