/**
 * Database budgets (DESIGN.md): capture click → case stored ≤ 50 ms, and the queue's first page
 * over 100,000 cases ≤ 50 ms. Measured in Node on fake-indexeddb (an in-memory IndexedDB written
 * in JavaScript), so the numbers say how much work our code asks of the database — a browser's
 * native IndexedDB differs in both directions (faster indexes, slower disk commits).
 */
import 'fake-indexeddb/auto';
import { patternCases } from '../../utils/backup/test-data';
import type { Case } from '../../utils/cases/schema';
import { capturedComment, MINUTE, T0 } from '../../utils/cases/test-fixtures';
import { toRow, type CaseRow } from '../../utils/db/case-row';
import { captureItem } from '../../utils/db/cases';
import { OtklikDB } from '../../utils/db/database';
import { queryQueue, type QueueFilter } from '../../utils/db/queue';
import { openStatuses } from '../../utils/cases/status';
import type { BenchRow } from './types';

const CAPTURES = 50;
const QUERIES = 20;
const NOTE = 'Node + fake-indexeddb (in-memory, JS), not a browser';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * `count` stored cases in every phase, spread over 3,000 authors and 1,500 threads, with due
 * moments spread over two weeks (synthetic: the query's cost does not depend on how they were computed).
 */
function syntheticRows(count: number): CaseRow[] {
  const patterns = patternCases();
  const rows: CaseRow[] = [];
  for (let i = 0; i < count; i++) {
    const source: Case = patterns[i % patterns.length]!;
    const author = i % 3_000;
    const thread = i % 1_500;
    const shift = (i % 20_000) * MINUTE;
    const id = `bench-${i}`;
    rows.push(
      toRow({
        ...source,
        id,
        itemKey: `wall-${thread}_${i}`,
        threadUrl: `https://vk.com/wall-1_${thread}`,
        author: { name: `Автор ${author}`, url: `https://vk.com/id${author}`, id: String(author) },
        detectedAt: source.detectedAt + shift,
        events: source.events.map((e, n) => ({ ...e, id: `${id}-e${n}`, at: e.at + shift, recordedAt: e.recordedAt + shift })),
        ...(source.nextDueAt === undefined ? {} : { nextDueAt: T0 + ((i * 7919) % (14 * 24 * 60)) * MINUTE }),
      }),
    );
  }
  return rows;
}

async function filledDatabase(name: string, count: number): Promise<OtklikDB> {
  const db = new OtklikDB(name);
  await db.open();
  const rows = syntheticRows(count);
  for (let i = 0; i < rows.length; i += 10_000) await db.cases.bulkAdd(rows.slice(i, i + 10_000));
  return db;
}

async function captureTimes(): Promise<number[]> {
  const db = await filledDatabase('bench-capture', 10_000);
  const times: number[] = [];
  for (let i = 0; i < CAPTURES + 5; i++) {
    const item = capturedComment({
      itemKey: `wall-1_${900_000 + i}`,
      url: `https://vk.com/wall-1_${900_000 + i}`,
      threadUrl: `https://vk.com/wall-1_${i % 1_500}`,
      author: { name: 'Автор', url: `https://vk.com/id${i * 37}`, id: String(i * 37) },
      detectedAt: T0 + 30_000 * MINUTE + i,
    });
    const started = performance.now();
    const result = await captureItem(db, item, { now: item.detectedAt });
    const elapsed = performance.now() - started;
    if (!result.created) throw new Error('capture did not create a case');
    if (i >= 5) times.push(elapsed); // the first few warm up the calendar and the code
  }
  db.close();
  await db.delete();
  return times;
}

interface QueueMeasure {
  median: number;
  page: number;
}

async function timeQuery(db: OtklikDB, filter: QueueFilter): Promise<QueueMeasure> {
  const times: number[] = [];
  let page = 0;
  for (let i = 0; i < QUERIES + 3; i++) {
    const started = performance.now();
    const rows = await queryQueue(db, filter);
    const elapsed = performance.now() - started;
    page = rows.length;
    if (i >= 3) times.push(elapsed);
  }
  return { median: median(times), page };
}

/**
 * One status (the budget's case) and every open status (the popup's default: one index range).
 * A row filter (network, executor, search) reads by cursor and costs several times more on
 * fake-indexeddb, whose every row read is a structured clone; the popup filters in memory anyway.
 */
async function queueTimes(): Promise<{ oneStatus: QueueMeasure; allOpen: QueueMeasure }> {
  const db = await filledDatabase('bench-queue', 100_000);
  const oneStatus = await timeQuery(db, { statuses: ['inWork'], now: T0, limit: 100 });
  const allOpen = await timeQuery(db, { statuses: [...openStatuses], now: T0, limit: 100 });
  db.close();
  await db.delete();
  return { oneStatus, allOpen };
}

export async function run(): Promise<BenchRow[]> {
  const capture = median(await captureTimes());
  const { oneStatus, allOpen } = await queueTimes();
  return [
    {
      name: `capture → case stored, db of 10,000 cases (median of ${CAPTURES})`,
      value: capture,
      unit: 'ms',
      budget: '≤ 50',
      pass: capture <= 50,
      note: `${NOTE}; includes deadlines (the settings and regulations read in the transaction; repeats are the side panel's)`,
    },
    {
      name: `queue: first ${oneStatus.page} of 100,000 cases by due time, one status (median of ${QUERIES})`,
      value: oneStatus.median,
      unit: 'ms',
      budget: '≤ 50',
      pass: oneStatus.median <= 50 && oneStatus.page === 100,
      note: NOTE,
    },
    {
      name: `queue: first ${allOpen.page} of 100,000 cases by due time, all open statuses (median of ${QUERIES})`,
      value: allOpen.median,
      unit: 'ms',
      budget: '≤ 50',
      pass: allOpen.median <= 50 && allOpen.page === 100,
      note: `${NOTE}; one [queueRank+queueAt] range`,
    },
  ];
}
