/**
 * The regulation file format (formatVersion 1): a municipality's procedure for answering messages
 * in social networks, as data. Presets mirror the seed documents; a user may copy one, edit every
 * stage and import/export it as JSON. Objects are strict (a misspelt key is an error, not silently
 * ignored) and every string and list has a limit, so a hostile file cannot bloat storage.
 * Cross-references (stage ids, roles, cycles) are checked in ./cross-checks.
 */
import { z } from 'zod';
import '../validation'; // Russian zod messages
import {
  ANCHORS,
  CASE_EVENT_TYPES,
  DETECTION_FIELDS,
  DRAFT_KINDS,
  NETWORK_IDS,
  NOTE_TOPICS,
  PUBLISHED_KINDS,
  ROLE_DUTIES,
  ROLE_IDS,
  STAGE_IDS,
  WEEKDAYS,
} from './vocabulary';
import { checkRegulationReferences } from './cross-checks';

export const REGULATION_FORMAT_VERSION = 1;

const shortText = z.string().trim().min(1).max(300);
const longText = z.string().trim().min(1).max(4000);

/** A human-readable text in both UI locales. */
export const labelSchema = z.strictObject({ ru: shortText, en: shortText });
export type Label = z.infer<typeof labelSchema>;
export const textSchema = z.strictObject({ ru: longText, en: longText });
export type LocalizedText = z.infer<typeof textSchema>;

const slug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'только строчные латинские буквы, цифры и дефис');
const camelId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'только латинские буквы и цифры');
/** A clause of the source document: 'п. 12', 'п. 3.2', 'Прил. 1 п. 10'. */
export const clauseSchema = z.string().trim().min(1).max(100);

export const stageIdSchema = z.enum(STAGE_IDS);
export const roleIdSchema = z.enum(ROLE_IDS);
export const anchorSchema = z.enum(ANCHORS);
export const draftKindSchema = z.enum(DRAFT_KINDS);

/** A reading of the source text that is not explicit there: the preset shows it and lets it be edited. */
export const readingSchema = z.strictObject({
  clause: clauseSchema,
  reading: longText, // Russian: what the preset assumes
  why: longText, // Russian: why this reading was chosen
});
export type Reading = z.infer<typeof readingSchema>;

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'время в формате ЧЧ:ММ');
const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const intervalsSchema = z
  .array(z.tuple([timeOfDay, timeOfDay]))
  .max(12)
  .superRefine((intervals, ctx) => {
    let previousEnd = -1;
    intervals.forEach(([from, to], i) => {
      if (toMinutes(from) >= toMinutes(to)) {
        ctx.addIssue({ code: 'custom', path: [i], message: `интервал ${from}–${to}: начало должно быть раньше конца` });
      } else if (toMinutes(from) < previousEnd) {
        ctx.addIssue({ code: 'custom', path: [i], message: `интервал ${from}–${to} пересекается с предыдущим или идёт не по порядку` });
      }
      previousEnd = toMinutes(to);
    });
  });
/** The same shape as the working-time engine's `week` option. */
export const weekSchema = z.partialRecord(z.enum(WEEKDAYS), intervalsSchema);
export type WeekSchedule = z.infer<typeof weekSchema>;

export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return zone.includes('/') || zone === 'UTC';
    } catch {
      return false;
    }
  }, 'неизвестный часовой пояс: нужен идентификатор IANA, например «Europe/Moscow»');

const durationUnit = z.enum(['minutes', 'hours', 'workingDays']);
export type DurationUnit = z.infer<typeof durationUnit>;
const clock = z.enum(['working', 'calendar']);
export type Clock = z.infer<typeof clock>;

const spanFields = {
  duration: z.number().positive().max(100_000),
  unit: durationUnit,
  clock,
};
type Span = { duration: number; unit: DurationUnit; clock: Clock };
function checkSpan(span: Span, ctx: z.RefinementCtx): void {
  const { duration, unit } = span;
  if (unit === 'workingDays' && span.clock !== 'working') {
    ctx.addIssue({ code: 'custom', path: ['clock'], message: 'рабочие дни считаются только по рабочему времени («working»)' });
  }
  if ((unit === 'minutes' || unit === 'workingDays') && !Number.isInteger(duration)) {
    ctx.addIssue({ code: 'custom', path: ['duration'], message: 'нужно целое число' });
  }
  if (unit === 'hours' && !Number.isInteger(Math.round(duration * 60 * 1e6) / 1e6)) {
    ctx.addIssue({ code: 'custom', path: ['duration'], message: 'часы должны составлять целое число минут' });
  }
  const limit = unit === 'minutes' ? 100_000 : unit === 'hours' ? 2_000 : 366;
  if (duration > limit) ctx.addIssue({ code: 'custom', path: ['duration'], message: `не больше ${limit}` });
}

/**
 * How a stage's due moment is computed:
 * - `after`: a span after the stage's `from` event;
 * - `before`: a span before another stage's due moment (draft due 3 working hours before the answer);
 * - `calendarSkippingNonWorkingDaysWithMinimumWorking`: N calendar hours in which weekends and
 *   holidays are not counted, but no earlier than M working hours (seed 001 p. 3.3); the later wins.
 */
export const termSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('after'), ...spanFields }).superRefine(checkSpan),
  z.strictObject({ kind: z.literal('before'), stage: stageIdSchema, ...spanFields }).superRefine(checkSpan),
  z.strictObject({
    kind: z.literal('calendarSkippingNonWorkingDaysWithMinimumWorking'),
    calendarHours: z.number().int().positive().max(2_000),
    minimumWorkingHours: z.number().int().min(0).max(2_000),
  }),
]);
export type Term = z.infer<typeof termSchema>;

/** All given fields must hold (AND). Importance is the latest routing's, else the case's. */
export const conditionSchema = z.strictObject({
  importance: z.enum(['normal', 'high']).optional(),
  /** The latest routing names more than one executor. */
  severalExecutors: z.boolean().optional(),
  /** The stage's `from` event comes after an interim answer was published. */
  afterInterim: z.boolean().optional(),
  /** A draft of one of these kinds has been submitted (or published). */
  draftKind: z.array(draftKindSchema).min(1).max(4).optional(),
  /** No draft of these kinds has been submitted (or published). */
  notDraftKind: z.array(draftKindSchema).min(1).max(4).optional(),
});
export type Condition = z.infer<typeof conditionSchema>;

/** An event that completes (or reopens) a stage; `kind` narrows draftSubmitted/published. */
export const eventRefSchema = z
  .strictObject({
    type: z.enum(CASE_EVENT_TYPES),
    kind: z.enum([...DRAFT_KINDS, ...PUBLISHED_KINDS] as [string, ...string[]]).optional(),
    /** Done only when every executor of the latest routing (except the lead) has sent one. */
    everyExecutor: z.literal(true).optional(),
  })
  .superRefine((ref, ctx) => {
    if (ref.kind === undefined) return;
    const allowed: readonly string[] =
      ref.type === 'draftSubmitted' ? DRAFT_KINDS : ref.type === 'published' ? PUBLISHED_KINDS : [];
    if (!allowed.includes(ref.kind)) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: `вид «${ref.kind}» не бывает у события «${ref.type}»` });
    }
  });
export type EventRef = z.infer<typeof eventRefSchema>;

export const stageVariantSchema = z.strictObject({
  when: conditionSchema,
  term: termSchema,
  clause: clauseSchema,
  inferred: z.array(readingSchema).max(10).optional(),
});
export type StageVariant = z.infer<typeof stageVariantSchema>;

export const stageRuleSchema = z.strictObject({
  id: stageIdSchema,
  label: labelSchema,
  from: anchorSchema,
  term: termSchema,
  /** The first variant whose condition holds replaces `term` (Korenovsk p. 17: high importance). */
  variants: z.array(stageVariantSchema).max(8).optional(),
  actor: roleIdSchema,
  appliesWhen: conditionSchema.optional(),
  /** «при необходимости», «если»: shown while open, never late merely for not happening. */
  optional: z.boolean().optional(),
  doneBy: z.array(eventRefSchema).min(1).max(8),
  /** Events after which a done stage is open again (a return for revision reopens «prepare»). */
  reopenedBy: z.array(eventRefSchema).max(8).optional(),
  clause: clauseSchema,
  inferred: z.array(readingSchema).max(10).optional(),
});
export type StageRule = z.infer<typeof stageRuleSchema>;

const listItem = z.strictObject({
  id: camelId,
  label: labelSchema,
  clause: clauseSchema,
  inferred: z.array(readingSchema).max(5).optional(),
});

export const roleSchema = z.strictObject({
  id: roleIdSchema,
  label: labelSchema, // the role's short name: «Куратор»
  title: labelSchema, // the position as the source names it
  duties: z.array(z.enum(ROLE_DUTIES)).max(ROLE_DUTIES.length),
  clause: clauseSchema,
});
export type Role = z.infer<typeof roleSchema>;

export const regulationSchema = z
  .strictObject({
    formatVersion: z.literal(REGULATION_FORMAT_VERSION),
    id: slug,
    /** The preset this one was copied from, if any. */
    basedOn: slug.optional(),
    name: labelSchema,
    municipality: labelSchema,
    region: labelSchema,
    timeZone: timeZoneSchema,
    week: weekSchema,
    networks: z.array(z.strictObject({ id: z.enum(NETWORK_IDS), label: labelSchema })).min(1).max(20),
    roles: z.array(roleSchema).min(1).max(ROLE_IDS.length),
    detection: z.strictObject({
      by: roleIdSchema,
      records: z.array(z.enum(DETECTION_FIELDS)).max(DETECTION_FIELDS.length),
      clause: clauseSchema,
    }),
    /** The operator approves his own answers (no separate approver). */
    operatorMayApprove: z.boolean(),
    /** Where a «N working days» term ends: the closing time of the last day or its midnight. */
    workingDayEnds: z.enum(['closing', 'midnight']),
    stages: z.array(stageRuleSchema).min(1).max(32),
    notSubjectToAnswer: z.array(listItem.extend({ instead: labelSchema.optional() })).max(30),
    explanationGrounds: z.array(listItem.extend({ explains: labelSchema })).max(30),
    answerChecklist: z.array(listItem.extend({ when: z.enum(['always', 'repeat']) })).max(30),
    refusalReasons: z.array(listItem).max(30),
    appealConversion: z
      .strictObject({
        text: textSchema,
        consentRequired: z.boolean(),
        requiredFields: z.array(z.enum(['fullName', 'postalOrEmailAddress', 'phone'])).max(3),
        mailbox: z.email().max(200).optional(),
        clause: clauseSchema,
      })
      .optional(),
    notes: z.array(z.strictObject({ id: camelId, topic: z.enum(NOTE_TOPICS), text: textSchema, clause: clauseSchema })).max(60),
    /** Readings that concern the whole regulation (its schedule, its clock), not one stage. */
    inferred: z.array(readingSchema).max(30),
    source: z.strictObject({
      file: z.string().min(1).max(200),
      title: z.string().trim().min(1).max(1000), // Russian, as in the document
      adopted: z.iso.date().nullable(), // null: the date is left blank in the document
      number: z.string().max(50).nullable(),
      issuer: z.string().trim().min(1).max(500),
    }),
  })
  .superRefine(checkRegulationReferences);
export type Regulation = z.infer<typeof regulationSchema>;
