import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OtklikDB } from './database';
import { deleteDirectoryRecord, putDirectoryRecord } from './directory';
import { dropTestDb, openTestDb } from './testing';

describe('directory writes', () => {
  let db: OtklikDB;
  beforeEach(async () => {
    db = await openTestDb();
  });
  afterEach(() => dropTestDb(db));

  it('validates, stamps updatedAt and replaces by id', async () => {
    const stored = await putDirectoryRecord(db, 'people', { id: 'p1', name: 'Иванова', roles: ['executor'], department: 'ЖКХ' }, 500);
    expect(stored).toMatchObject({ id: 'p1', updatedAt: 500, active: true });
    await putDirectoryRecord(db, 'people', { ...stored, phone: '+7 900 000-00-00' }, 600);
    expect(await db.people.get('p1')).toMatchObject({ phone: '+7 900 000-00-00', updatedAt: 600 });
  });

  it('refuses an unknown substitute and bad records, writing nothing', async () => {
    await expect(putDirectoryRecord(db, 'people', { id: 'p1', name: 'А', roles: ['executor'], substituteId: 'ghost' }, 1)).rejects.toThrow(
      /замещающий «ghost» не найден/,
    );
    await expect(putDirectoryRecord(db, 'templates', { id: 't', name: 'Ответ', kind: 'poem', body: '' }, 1)).rejects.toThrow(
      /Шаблоны ответов: поле «kind»/,
    );
    expect(await db.people.count()).toBe(1); // only the seeded operator
    expect(await db.templates.count()).toBe(0);
  });

  it('accepts a substitute that exists and deletes topics, not people', async () => {
    await putDirectoryRecord(db, 'people', { id: 'p2', name: 'Б', roles: ['executor'], substituteId: 'me' }, 1);
    await putDirectoryRecord(db, 'topics', { id: 'roads', name: 'Дороги' }, 1);
    expect(await deleteDirectoryRecord(db, 'topics', 'roads')).toBe(true);
    expect(await deleteDirectoryRecord(db, 'topics', 'roads')).toBe(false);
  });

  it('stores markup in text fields as plain text', async () => {
    const body = '<script>alert(1)</script><img src=x onerror=alert(2)> {{author}}';
    await putDirectoryRecord(db, 'templates', { id: 't', name: '<b>x</b>', kind: 'answer', body }, 1);
    expect(await db.templates.get('t')).toMatchObject({ name: '<b>x</b>', body });
  });
});
