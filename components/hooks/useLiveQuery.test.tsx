// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OtklikDB } from '../../utils/db/database';
import { dropTestDb, openTestDb } from '../../utils/db/testing';
import { useLiveQuery } from './useLiveQuery';

function TopicList({ db, prefix }: { db: OtklikDB; prefix: string }) {
  const { value, loading } = useLiveQuery(() => db.topics.where('id').startsWith(prefix).toArray(), [db, prefix]);
  if (loading && !value) return <p data-testid="state">загрузка</p>;
  return <p data-testid="state">{(value ?? []).map((t) => t.name).join(', ')}</p>;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(check()).toBe(true);
}

describe('useLiveQuery', () => {
  let db: OtklikDB;
  let root: HTMLElement;
  beforeEach(async () => {
    db = await openTestDb();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(async () => {
    render(null, root);
    root.remove();
    await dropTestDb(db);
  });

  const text = () => root.querySelector('[data-testid="state"]')?.textContent ?? '';

  it('shows the result and re-renders on every committed write', async () => {
    await db.topics.add({ id: 'a1', name: 'Дороги', active: true, updatedAt: 0 });
    await act(() => render(<TopicList db={db} prefix="a" />, root));
    await until(() => text() === 'Дороги');
    await db.topics.add({ id: 'a2', name: 'Свет', active: true, updatedAt: 0 });
    await until(() => text() === 'Дороги, Свет');
    await db.topics.add({ id: 'b1', name: 'Другое', active: true, updatedAt: 0 });
    await db.topics.delete('a1');
    await until(() => text() === 'Свет');
  });

  it('re-subscribes when a dependency changes and stops after unmount', async () => {
    await db.topics.bulkAdd([
      { id: 'a1', name: 'Дороги', active: true, updatedAt: 0 },
      { id: 'b1', name: 'Парки', active: true, updatedAt: 0 },
    ]);
    await act(() => render(<TopicList db={db} prefix="a" />, root));
    await until(() => text() === 'Дороги');
    await act(() => render(<TopicList db={db} prefix="b" />, root));
    await until(() => text() === 'Парки');
    await act(() => render(null, root));
    await db.topics.add({ id: 'b2', name: 'Скверы', active: true, updatedAt: 0 });
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(root.textContent).toBe('');
  });
});
