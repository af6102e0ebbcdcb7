/**
 * The case (инцидент / сообщение) as stored in the database's `cases` table.
 *
 * Three groups of fields:
 * 1. SOURCE OF TRUTH, captured: what the content script read from the page (see CapturedItem in
 *    utils/sites/types.ts). Written once at capture; changed afterwards only by an `edited` event
 *    (which records from/to), so the original value can always be traced.
 * 2. SOURCE OF TRUTH, the timeline: `events`, append-only.
 * 3. DERIVED, stored for indexing and display: recomputed from 1 and 2 by `deriveCase`
 *    (timeline.ts) after every appended event — status, executors, lead, topic, location,
 *    importance, repeatOf, draft, reply, interimAt, resolvedAt, closedAt. `nextDueAt` is derived by
 *    computeDeadlines (deadlines.ts) and written by the database layer. `version` counts events
 *    (optimistic concurrency) and `updatedAt` is the time of the last write.
 */
import { z } from 'zod';
import type { CapturedItem } from '../sites/types';
import { parseOrThrow } from '../validation/index';
import { caseEventSchema, draftKinds, importanceLevels, visibilities } from './events';
import {
  capturedText,
  epochMs,
  httpUrl,
  idString,
  isHttpUrl,
  MAX_ID,
  noteText,
  personId,
  requiredNoteText,
  shortText,
} from './fields';
import { caseStatuses } from './status';
import { deriveCase } from './timeline';

export const networks = ['vk', 'ok', 'telegram', 'other'] as const;
export const itemKinds = ['post', 'comment', 'message'] as const;
export const attachmentTypes = ['photo', 'video', 'link', 'doc', 'other'] as const;
/** A case's timeline is refused beyond this many events (a hostile import cannot grow it without end). */
export const MAX_EVENTS = 2_000;

const networkId = z.string().max(MAX_ID, { error: `слишком длинный идентификатор: не больше ${MAX_ID} знаков` });

export const itemRefSchema = z.object({
  ownerId: networkId.optional(),
  postId: networkId.optional(),
  commentId: networkId.optional(),
  threadId: networkId.optional(),
  topicId: networkId.optional(),
});

export const authorSchema = z.object({
  name: shortText.optional(),
  url: httpUrl.optional(),
  id: networkId.optional(),
});

export const attachmentSchema = z.object({
  type: z.enum(attachmentTypes),
  url: httpUrl,
  preview: httpUrl.optional(),
});

/** The current draft (derived): the latest draftSubmitted not yet consumed by a publication. */
export const currentDraftSchema = z.object({
  eventId: idString,
  kind: z.enum(draftKinds),
  text: requiredNoteText,
  visibility: z.enum(visibilities),
  submittedAt: epochMs,
  state: z.enum(['submitted', 'returned', 'approved']),
});

/** The latest reply placed in the thread (derived). */
export const replySchema = z.object({
  eventId: idString,
  eventType: z.enum(['published', 'interimPublished', 'finalPublished', 'clarificationRequested']),
  kind: z.enum(draftKinds),
  at: epochMs,
  url: httpUrl.optional(),
  replyAt: epochMs.optional(),
  text: noteText.optional(),
});

/** Fields without refinements, for callers that need `.pick`/`.extend`. */
export const caseShapeSchema = z.object({
  // 1. Captured (source of truth).
  id: idString,
  network: z.enum(networks),
  kind: z.enum(itemKinds),
  /** Unique per network: the database indexes [network+itemKey]. */
  itemKey: z.string().min(1).max(2_048),
  ref: itemRefSchema,
  url: httpUrl,
  threadUrl: httpUrl,
  pageUrl: httpUrl.optional(),
  pageTitle: shortText.optional(),
  author: authorSchema,
  text: capturedText,
  attachments: z.array(attachmentSchema).max(200),
  postedAt: epochMs.optional(),
  postedAtText: shortText.optional(),
  /** How exact postedAt is ('day' for «12 марта», 'hour' for «2 часа назад»). */
  postedAtPrecision: z.enum(['second', 'minute', 'hour', 'day']).optional(),
  detectedAt: epochMs,
  /** Fields the page did not give (never guessed), e.g. ['author.id', 'postedAt']. */
  missing: z.array(z.string().max(100)).max(50),
  /** The markup generation that recognised the item ('vk-react', 'ok-topic', 'selection', ...). */
  markup: z.string().max(100),
  regulationId: idString,
  createdAt: epochMs,

  // 2. The timeline (source of truth).
  events: z.array(caseEventSchema).min(1).max(MAX_EVENTS, { error: `не больше ${MAX_EVENTS} событий в одном деле` }),

  // 3. Derived (deriveCase), stored for indexing and display.
  status: z.enum(caseStatuses),
  executors: z.array(personId).max(50),
  lead: personId.optional(),
  topic: shortText.optional(),
  location: shortText.optional(),
  importance: z.enum(importanceLevels),
  repeatOf: idString.optional(),
  draft: currentDraftSchema.optional(),
  reply: replySchema.optional(),
  /** When the interim answer was published while the final answer is pending. */
  interimAt: epochMs.optional(),
  /** When the case reached answered / notSubject / appeal (absent while open). */
  resolvedAt: epochMs.optional(),
  /** When the case was closed (absent unless status is closed); retention counts from here. */
  closedAt: epochMs.optional(),
  /** Nearest pending deadline (computeDeadlines), written by the database layer for sorting. */
  nextDueAt: epochMs.optional(),
  /** Equals events.length; the database refuses a write whose expected version is stale. */
  version: z.number().int().min(1),
  updatedAt: epochMs,
});

/** A stored case: the shape plus the structural rules of the timeline. */
export const caseSchema = caseShapeSchema.superRefine((c, ctx) => {
  const [first] = c.events;
  if (first?.type !== 'captured') {
    ctx.addIssue({ code: 'custom', path: ['events', 0, 'type'], message: 'первое событие дела — выявление сообщения' });
  } else if (first.at !== c.detectedAt) {
    ctx.addIssue({ code: 'custom', path: ['events', 0, 'at'], message: 'время выявления не совпадает с полем detectedAt' });
  }
  if (c.version !== c.events.length) {
    ctx.addIssue({ code: 'custom', path: ['version'], message: 'версия должна равняться числу событий' });
  }
  const ids = new Set<string>();
  c.events.forEach((event, index) => {
    if (index > 0 && event.type === 'captured') {
      ctx.addIssue({ code: 'custom', path: ['events', index, 'type'], message: 'выявление может быть только первым событием' });
    }
    if (ids.has(event.id)) {
      ctx.addIssue({ code: 'custom', path: ['events', index, 'id'], message: 'повторяется идентификатор события' });
    }
    ids.add(event.id);
    const previous = c.events[index - 1];
    if (previous && event.recordedAt < previous.recordedAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['events', index, 'recordedAt'],
        message: 'события должны идти в порядке записи',
      });
    }
  });
});

export type Case = z.output<typeof caseSchema>;
export type CurrentDraft = z.output<typeof currentDraftSchema>;
export type Reply = z.output<typeof replySchema>;
export type Attachment = z.output<typeof attachmentSchema>;

export interface CaptureContext {
  id: string;
  eventId: string;
  actor: string;
  regulationId: string;
  now: number;
}

/**
 * Builds a new case from what the content script captured. An optional link that is not http(s)
 * (e.g. `javascript:`) is dropped and named in `missing` instead of being stored; anything else
 * invalid (a 10 MB text, a bad permalink) is refused with a Russian UserFacingError.
 */
export function createCaseFromCapture(item: CapturedItem, ctx: CaptureContext): Case {
  const missing = [...item.missing];
  const keepUrl = (value: string | undefined, field: string): string | undefined => {
    if (value === undefined) return undefined;
    if (isHttpUrl(value)) return value;
    if (!missing.includes(field)) missing.push(field);
    return undefined;
  };
  const attachments = item.attachments
    .filter((a) => isHttpUrl(a.url))
    .map((a) => ({ type: a.type, url: a.url, preview: keepUrl(a.preview, 'attachments.preview') }));
  if (attachments.length < item.attachments.length && !missing.includes('attachments')) missing.push('attachments');

  const draft = {
    id: ctx.id,
    network: item.network,
    kind: item.kind,
    itemKey: item.itemKey,
    ref: { ...item.ref },
    url: item.url,
    threadUrl: item.threadUrl,
    pageUrl: keepUrl(item.pageUrl, 'pageUrl'),
    pageTitle: item.pageTitle,
    author: { name: item.author.name, url: keepUrl(item.author.url, 'author.url'), id: item.author.id },
    text: item.text,
    attachments,
    postedAt: item.postedAt,
    postedAtText: item.postedAtText,
    postedAtPrecision: (item as CapturedItem & { postedAtPrecision?: string }).postedAtPrecision,
    detectedAt: item.detectedAt,
    missing,
    markup: item.markup,
    regulationId: ctx.regulationId,
    createdAt: ctx.now,
    events: [{ id: ctx.eventId, type: 'captured', at: item.detectedAt, recordedAt: ctx.now, actor: ctx.actor, data: {} }],
    status: 'new',
    executors: [],
    importance: 'normal',
    version: 1,
    updatedAt: ctx.now,
  };
  const parsed = parseOrThrow(caseSchema, draft, 'Захваченное сообщение');
  return deriveCase(parsed);
}
