/**
 * The events of a case's timeline. The timeline is append-only and is the source of truth: status,
 * current executors, the current draft and (in deadlines.ts) every deadline are derived from it.
 *
 * CONTRACT: type names and data fields are shared with computeDeadlines (deadlines.ts) and the
 * database; change them only by ADDING optional fields.
 */
import { z } from 'zod';
import {
  capturedText,
  emailAddress,
  epochMs,
  httpUrl,
  idString,
  noteText,
  personId,
  requiredNoteText,
  requiredShortText,
  shortText,
} from './fields';

export const importanceLevels = ['normal', 'high'] as const;
export type Importance = (typeof importanceLevels)[number];

/** Draft kinds of seed 000 p.9, 002 p.10, 003 p.12-13 and the explanation of seed 001 p.3.7. */
export const draftKinds = ['answer', 'interim', 'clarification', 'explanation'] as const;
export type DraftKind = (typeof draftKinds)[number];

/** Seed 001 p.3.4: comments are answered publicly, private messages privately. */
export const visibilities = ['public', 'private'] as const;
export type Visibility = (typeof visibilities)[number];

/** Refusal reasons of seed 003 p.14 (Korenovsk), plus free text ('other', comment required). */
export const revisionReasonCodes = ['notAnswering', 'wrongFormat', 'otherBody', 'spelling', 'other'] as const;
export type RevisionReason = (typeof revisionReasonCodes)[number];

/**
 * "Not subject to an answer": harm/obscene/threats in all five seeds (000 p.14, 001 p.3.6, 002 p.18,
 * 003 p.21, 004 p.12); unreadable, no substance and already answered on the official site only in
 * seed 001 p.3.6.
 */
export const rejectionReasonCodes = ['harm', 'obscene', 'threats', 'unreadable', 'noSubstance', 'alreadyAnswered'] as const;
export type RejectionReason = (typeof rejectionReasonCodes)[number];

/** Fields an `edited` event may correct: captured fields the page may not give, and the classification. */
export const editableFields = ['author.name', 'author.url', 'author.id', 'postedAt', 'text', 'threadUrl', 'topic', 'location', 'importance'] as const;
export type EditableField = (typeof editableFields)[number];

const replyData = {
  /** Permalink of the reply in the thread. */
  url: httpUrl.optional(),
  /** When the reply appeared in the thread (from the page); `at` is when it was marked. */
  replyAt: epochMs.optional(),
  /** The text as published, when it differs from the approved draft or there was none. */
  text: noteText.optional(),
};

const editedValue = z.union([capturedText, z.number(), z.null()]);

const uniqueStrings = (list: readonly string[]) => new Set(list).size === list.length;

export const eventDataSchemas = {
  /** The detection: `at` is detectedAt. */
  captured: z.object({}),
  /** Routing to one or more executors; a later one re-routes (seed 003 p.11, 019). */
  routed: z
    .object({
      executors: z.array(personId).min(1, { error: 'назовите хотя бы одного исполнителя' }).max(50),
      lead: personId.optional(),
      importance: z.enum(importanceLevels).optional(),
      topic: shortText.optional(),
      location: shortText.optional(),
    })
    .refine((d) => uniqueStrings(d.executors), { error: 'исполнитель указан дважды', path: ['executors'] })
    .refine((d) => d.lead === undefined || d.executors.includes(d.lead), {
      error: 'ответственный за общий ответ должен быть среди исполнителей',
      path: ['lead'],
    }),
  /** Returned by the executor as outside its competence. `executor`: who returns it (one of several). */
  returnedNotCompetent: z.object({ reason: requiredNoteText, executor: personId.optional() }),
  /** A clarification request was published to the author. */
  clarificationRequested: z.object({ text: noteText.optional(), url: httpUrl.optional() }),
  draftSubmitted: z.object({
    kind: z.enum(draftKinds),
    text: requiredNoteText,
    visibility: z.enum(visibilities).optional(),
  }),
  returnedForRevision: z
    .object({ reason: z.enum(revisionReasonCodes), comment: noteText.optional() })
    .refine((d) => d.reason !== 'other' || (d.comment ?? '').trim().length > 0, {
      error: 'для причины «Другое» напишите, что исправить',
      path: ['comment'],
    }),
  approved: z.object({}),
  published: z.object({ kind: z.enum(['answer', 'explanation']), ...replyData }),
  /** Opens the `final` stage: 7 working days (000 p.11, 002 p.14, 003 p.18, 004 p.10). */
  interimPublished: z.object(replyData),
  finalPublished: z.object(replyData),
  /** A co-executor's part of a joint answer (002 p.15, 003 p.19). */
  partSubmitted: z.object({ executor: personId, text: requiredNoteText }),
  rejected: z
    .object({ reason: z.enum(rejectionReasonCodes), siteUrl: httpUrl.optional() })
    .refine((d) => d.reason !== 'alreadyAnswered' || d.siteUrl !== undefined, {
      error: 'укажите адрес страницы официального сайта, где уже дан ответ',
      path: ['siteUrl'],
    }),
  /** Seed 001 p.3.8: with the author's consent, registered as an official appeal under 59-FZ. */
  convertedToAppeal: z
    .object({
      consent: z.literal(true, { error: 'нужно согласие автора' }),
      name: requiredShortText,
      postalAddress: shortText.optional(),
      email: emailAddress.optional(),
      phone: shortText.optional(),
      /** Registration number in the document system (СЭД), once known. */
      registration: shortText.optional(),
    })
    .refine((d) => (d.postalAddress ?? '').trim().length > 0 || d.email !== undefined, {
      error: 'нужен почтовый или электронный адрес для ответа',
      path: ['postalAddress'],
    }),
  closed: z.object({ reason: noteText.optional() }),
  reopened: z.object({ reason: requiredNoteText }),
  note: z.object({ text: requiredNoteText }),
  /** Links this case to an earlier one as a repeated message (000 p.12, 002 p.16). */
  linkedRepeat: z.object({ caseId: idString }),
  /** Corrects a captured field the page did not give (or gave wrongly), or the classification. */
  edited: z.object({ field: z.enum(editableFields), from: editedValue, to: editedValue }),
} as const;

export type EventType = keyof typeof eventDataSchemas;
export const eventTypes = Object.keys(eventDataSchemas) as EventType[];

const eventBase = {
  id: idString,
  /** When it happened (epoch ms). Deadlines count from here. */
  at: epochMs,
  /** When it was entered; differs from `at` for a backdated entry, so an audit sees it. */
  recordedAt: epochMs,
  /** Person id from the directory. */
  actor: personId,
  note: noteText.optional(),
};

function eventSchemaOf<T extends EventType>(type: T) {
  return z.object({ ...eventBase, type: z.literal(type), data: eventDataSchemas[type] });
}

export const caseEventSchema = z.discriminatedUnion(
  'type',
  [
    eventSchemaOf('captured'),
    eventSchemaOf('routed'),
    eventSchemaOf('returnedNotCompetent'),
    eventSchemaOf('clarificationRequested'),
    eventSchemaOf('draftSubmitted'),
    eventSchemaOf('returnedForRevision'),
    eventSchemaOf('approved'),
    eventSchemaOf('published'),
    eventSchemaOf('interimPublished'),
    eventSchemaOf('finalPublished'),
    eventSchemaOf('partSubmitted'),
    eventSchemaOf('rejected'),
    eventSchemaOf('convertedToAppeal'),
    eventSchemaOf('closed'),
    eventSchemaOf('reopened'),
    eventSchemaOf('note'),
    eventSchemaOf('linkedRepeat'),
    eventSchemaOf('edited'),
  ],
  { error: (issue) => (issue.code === 'invalid_union' ? 'неизвестный тип события' : undefined) },
);

export type CaseEvent = z.output<typeof caseEventSchema>;
/** The event of one type, e.g. `EventOf<'routed'>`. */
export type EventOf<T extends EventType> = Extract<CaseEvent, { type: T }>;
export type EventData<T extends EventType> = EventOf<T>['data'];
/** What a caller builds before validation (optional fields may be omitted). */
export type CaseEventInput = z.input<typeof caseEventSchema>;

export { eventLabels, rejectionReasons, revisionReasons, draftKindLabels } from './labels';
