/**
 * Writes to the directory tables (people, topics, locations, templates). Validated here, so the
 * background is the one place that decides what is stored. People are deactivated, never deleted:
 * timelines name them as actors and executors.
 */
import { directorySchemas, type DirectoryRecord, type DirectoryTable } from '../directory/schema';
import { describeZodError, UserFacingError } from '../validation/index';
import type { OtklikDB } from './database';

const tableNames: Record<DirectoryTable, string> = {
  people: 'Справочник людей',
  topics: 'Справочник тем',
  locations: 'Справочник территорий',
  templates: 'Шаблоны ответов',
};

/** Validates and stores one record (insert or replace by id); `updatedAt` is set to `now`. */
export async function putDirectoryRecord<T extends DirectoryTable>(
  db: OtklikDB,
  table: T,
  input: unknown,
  now: number,
): Promise<DirectoryRecord<T>> {
  const parsed = directorySchemas[table].safeParse(input);
  if (!parsed.success) throw new UserFacingError(describeZodError(parsed.error, tableNames[table]), 'invalid');
  const record = { ...parsed.data, updatedAt: now } as DirectoryRecord<T>;
  await db.transaction('rw', db.people, db.table(table), async () => {
    if (table === 'people') await checkSubstitute(db, record as DirectoryRecord<'people'>);
    await db.table(table).put(record);
  });
  return record;
}

async function checkSubstitute(db: OtklikDB, person: DirectoryRecord<'people'>): Promise<void> {
  if (person.substituteId === undefined) return;
  const substitute = await db.people.get(person.substituteId);
  if (!substitute) {
    throw new UserFacingError(`${tableNames.people}: замещающий «${person.substituteId}» не найден.`, 'invalid');
  }
}

export async function deleteDirectoryRecord(db: OtklikDB, table: Exclude<DirectoryTable, 'people'>, id: string): Promise<boolean> {
  return db.transaction('rw', db.table(table), async () => {
    const existed = (await db.table(table).get(id)) !== undefined;
    if (existed) await db.table(table).delete(id);
    return existed;
  });
}
