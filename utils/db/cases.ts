/**
 * Writing cases: capture, append an event, correct captured fields, link a repeat. Each write is
 * one read-write transaction that re-reads the case, refuses a stale expected version, lets the
 * workflow (utils/cases/workflow.ts) decide, and stores the result with its next due moment.
 * Pure over the `db` parameter: the background calls these with Date.now().
 */
import { Dexie } from 'dexie';
import { eventTypes, type CaseEventInput, type EditableField } from '../cases/events';
import { currentValue } from '../cases/edits';
import { findRepeatCandidates, type RepeatReason } from '../cases/repeats';
import { createCaseFromCapture, type Case } from '../cases/schema';
import { foldEvents } from '../cases/timeline';
import { applyEvent } from '../cases/workflow';
import type { CapturedItem } from '../sites/types';
import { UserFacingError } from '../validation/index';
import { fromRow, toRow, type CaseRow } from './case-row';
import type { OtklikDB } from './database';
import { activeRegulation, caseRegulation, loadDueContext, withNextDue, workflowPolicyOf, type DueContext } from './due';
import { authorKeysOf, threadKeyOf } from './lookup-keys';

export interface WriteContext {
  now: number;
  /** Id generator (tests pass a deterministic one). */
  newId?: () => string;
}

export interface CaptureContext extends WriteContext {
  /** Settings and regulations already at hand (the background's cache); read in the transaction when absent. */
  due?: DueContext;
}

/** An event as a page sends it: the background fills `id` and `recordedAt`, and `actor`/`at` when absent. */
export type EventDraft = { type: CaseEventInput['type']; data: unknown; at?: number; actor?: string; note?: string };

export const MAX_REPEATS = 20;
/** How many earlier cases per author key and per thread a capture reads to rank repeats. */
export const REPEAT_SCAN_LIMIT = 300;

/** An earlier case offered for linking as a repeat (utils/cases/repeats.ts ranks them). */
export interface RepeatOffer {
  id: string;
  status: Case['status'];
  detectedAt: number;
  url: string;
  authorName?: string;
  /** The first 200 characters of the text. */
  excerpt: string;
  reasons: RepeatReason[];
}

export interface CaptureResult {
  case: CaseRow;
  created: boolean;
}

const newUuid = () => crypto.randomUUID();

export const CONFLICT_MESSAGE =
  'Дело изменено в другом окне или другим сотрудником. Обновите карточку дела и повторите действие — ваши изменения не сохранены.';

async function findExisting(db: OtklikDB, network: Case['network'], itemKey: string): Promise<CaseRow | undefined> {
  return db.cases.where('[network+itemKey]').equals([network, itemKey]).first();
}

/**
 * Earlier cases worth linking as repeats: the candidates come off the `authorKeys` and
 * `[threadKey+detectedAt]` indexes (a bounded number per key), the ranking is the workflow's
 * (findRepeatCandidates).
 */
export async function findRepeats(db: OtklikDB, c: Case): Promise<RepeatOffer[]> {
  const authorKeys = authorKeysOf(c.network, c.author);
  const threadKey = threadKeyOf(c.network, c.threadUrl);
  const [byAuthor, byThread] = await Promise.all([
    Promise.all(authorKeys.map((key) => db.cases.where('authorKeys').equals(key).limit(REPEAT_SCAN_LIMIT).toArray())),
    threadKey
      ? db.cases
          .where('[threadKey+detectedAt]')
          .between([threadKey, Dexie.minKey], [threadKey, c.detectedAt], true, true)
          .reverse()
          .limit(REPEAT_SCAN_LIMIT)
          .toArray()
      : [],
  ]);
  const earlier = new Map<string, CaseRow>();
  for (const row of [...byAuthor.flat(), ...byThread]) earlier.set(row.id, row);
  return findRepeatCandidates(c, [...earlier.values()], MAX_REPEATS).map(({ case: row, reasons }) => ({
    id: row.id,
    status: row.status,
    detectedAt: row.detectedAt,
    url: row.url,
    ...(row.author.name === undefined ? {} : { authorName: row.author.name }),
    excerpt: row.text.slice(0, 200),
    reasons,
  }));
}

function store(c: Case, due: DueContext): CaseRow {
  return toRow(withNextDue(c, due));
}

/**
 * Records a captured item as a new case (a `captured` event by the current user, under the active
 * regulation) — or, when the same network item was captured before, returns that case with
 * `created: false`. Never creates two cases for one item, even when two captures race (the look-up
 * and the write share one read-write transaction). Repeats are offered by `findRepeats`, not here:
 * the page waits for this answer.
 */
export async function captureItem(db: OtklikDB, item: CapturedItem, ctx: CaptureContext): Promise<CaptureResult> {
  const newId = ctx.newId ?? newUuid;
  const tables = ctx.due ? [db.cases] : [db.cases, db.settings, db.regulations];
  return db.transaction('rw', tables, async () => {
    const existing = await findExisting(db, item.network, item.itemKey);
    if (existing) return { case: existing, created: false };
    const due = ctx.due ?? (await loadDueContext(db));
    const regulation = activeRegulation(due);
    const c = createCaseFromCapture(item, {
      id: newId(),
      eventId: newId(),
      actor: due.settings.currentUserId,
      regulationId: regulation.id,
      now: ctx.now,
    });
    const stored = store(c, due);
    await db.cases.add(stored);
    return { case: stored, created: true };
  });
}

async function loadForWrite(db: OtklikDB, caseId: string, expectedVersion: number): Promise<CaseRow> {
  const row = await db.cases.get(caseId);
  if (!row) throw new UserFacingError('Дело не найдено: возможно, оно удалено по правилу хранения или в другом окне.', 'not-found');
  if (row.version !== expectedVersion) throw new UserFacingError(CONFLICT_MESSAGE, 'conflict');
  return row;
}

function completeEvent(draft: EventDraft, due: DueContext, ctx: WriteContext, newId: () => string): CaseEventInput {
  return {
    id: newId(),
    recordedAt: ctx.now,
    at: draft.at ?? ctx.now,
    actor: draft.actor ?? due.settings.currentUserId,
    type: draft.type,
    data: draft.data,
    ...(draft.note === undefined ? {} : { note: draft.note }),
  } as CaseEventInput;
}

/**
 * Appends events to a case in one transaction. `expectedVersion` is the version the caller saw;
 * when the case changed since, nothing is written and the caller is told to reload.
 */
export async function appendEvents(
  db: OtklikDB,
  caseId: string,
  drafts: readonly EventDraft[],
  expectedVersion: number,
  ctx: WriteContext,
): Promise<CaseRow> {
  const newId = ctx.newId ?? newUuid;
  for (const draft of drafts) {
    if (!eventTypes.includes(draft.type)) throw new UserFacingError(`Неизвестный тип события «${String(draft.type)}».`, 'invalid');
  }
  return db.transaction('rw', [db.cases, db.settings, db.regulations], async () => {
    const row = await loadForWrite(db, caseId, expectedVersion);
    const due = await loadDueContext(db);
    const policy = workflowPolicyOf(caseRegulation(due, row));
    let c = fromRow(row);
    for (const draft of drafts) c = applyEvent(c, completeEvent(draft, due, ctx, newId), policy, ctx.now);
    const stored = store(c, due);
    await db.cases.put(stored);
    return stored;
  });
}

export function appendEvent(db: OtklikDB, caseId: string, draft: EventDraft, expectedVersion: number, ctx: WriteContext): Promise<CaseRow> {
  return appendEvents(db, caseId, [draft], expectedVersion, ctx);
}

export type FieldChanges = Partial<Record<EditableField, string | number | null>>;

/**
 * Corrects captured fields (or the classification): one `edited` event per changed field, each
 * recording the value it replaces, all in one transaction. Unchanged fields are skipped.
 */
export async function updateCaseFields(
  db: OtklikDB,
  caseId: string,
  changes: FieldChanges,
  expectedVersion: number,
  ctx: WriteContext,
): Promise<CaseRow> {
  // Read outside the write: if the case changes in between, the version check below refuses.
  const row = await loadForWrite(db, caseId, expectedVersion);
  const state = foldEvents(row.events, row.kind);
  const drafts: EventDraft[] = [];
  for (const [field, to] of Object.entries(changes) as [EditableField, string | number | null][]) {
    const from = currentValue(row, state, field);
    if (from !== to) drafts.push({ type: 'edited', data: { field, from, to } });
  }
  if (drafts.length === 0) throw new UserFacingError('Изменений нет: все поля совпадают с сохранёнными.', 'unchanged');
  return appendEvents(db, caseId, drafts, expectedVersion, ctx);
}

/** Links a case to an earlier one as a repeated message (a `linkedRepeat` event). */
export async function linkRepeat(db: OtklikDB, caseId: string, repeatOf: string, expectedVersion: number, ctx: WriteContext): Promise<CaseRow> {
  if (caseId === repeatOf) throw new UserFacingError('Дело не может быть повтором самого себя.', 'invalid');
  const earlier = await db.cases.get(repeatOf);
  if (!earlier) throw new UserFacingError('Прежнее дело не найдено.', 'not-found');
  return appendEvent(db, caseId, { type: 'linkedRepeat', data: { caseId: repeatOf } }, expectedVersion, ctx);
}

/** Reads one case (pages usually read through liveQuery instead). */
export function getCase(db: OtklikDB, caseId: string): Promise<CaseRow | undefined> {
  return db.cases.get(caseId);
}
