/**
 * The background's database operations as messages (spread into utils/messaging/protocol.ts).
 * Pages read the database directly through liveQuery; every write goes through one of these, so
 * it is validated in one place. Content scripts use `capture`, `captureUnrecognised`, `casesByKeys` and `getCase`.
 */
import { z } from 'zod';
import { editableFields, eventTypes } from '../cases/events';
import { caseStatuses } from '../cases/status';
import { directorySchemas, recordIdSchema } from '../directory/schema';
import { capturedItemSchema } from '../sites/captured-item.schema';
import { UNRECOGNISED_TEXT_MAX } from '../sites/page/selection-item';
import { settingsPatchSchema, settingsSchema } from '../settings/schema';
import { MAX_BACKUP_CHARS } from '../backup/parse';

const caseId = z.string().min(1).max(200);
const version = z.number().int().min(1);
const epochMs = z.number().int().nonnegative();
const network = z.enum(['vk', 'ok', 'telegram', 'other']);

/** What a write reports back about the case (pages see the rest through liveQuery). */
const caseStateSchema = z.object({
  caseId: z.string(),
  version: z.number(),
  status: z.enum(caseStatuses),
  nextDueAt: z.number().optional(),
});

/**
 * A case as a VK/OK page shows it on its button (message `caseBadges`, and the `capture` answer):
 * computed by the background with the real calendar, in its locale — the content script carries
 * no calendar and no status labels. `label` is the button's spoken name; `watchText` the approved
 * answer still awaiting publication, so the page can notice the reply appearing.
 */
export const caseBadgeSchema = z.object({
  caseId: z.string(),
  itemKey: z.string(),
  status: z.enum(caseStatuses),
  statusLabel: z.string(),
  label: z.string(),
  urgency: z.enum(['calm', 'soon', 'overdue']).optional(),
  remaining: z.string().optional(),
  dueText: z.string().optional(),
  watchText: z.string().optional(),
});

const captureResponse = caseStateSchema.extend({
  created: z.boolean(),
  badge: caseBadgeSchema,
  notice: z.object({ text: z.string(), warning: z.boolean() }).optional(),
});

/** An event as a page sends it; `id` and `recordedAt` are filled by the background (and `at`/`actor` when absent). */
export const eventDraftSchema = z.object({
  type: z.enum(eventTypes),
  data: z.unknown(),
  at: epochMs.optional(),
  actor: recordIdSchema.optional(),
  note: z.string().max(20_000).optional(),
});

const tableSummary = z.object({ added: z.number(), updated: z.number(), unchanged: z.number() });

const directoryPutRequest = z.discriminatedUnion('table', [
  z.object({ table: z.literal('people'), record: directorySchemas.people }),
  z.object({ table: z.literal('topics'), record: directorySchemas.topics }),
  z.object({ table: z.literal('locations'), record: directorySchemas.locations }),
  z.object({ table: z.literal('templates'), record: directorySchemas.templates }),
]);

export const dbMessages = {
  /**
   * A content script captured an item. Idempotent: the same network item returns its existing case.
   * `badge` (status and working time left) and `notice` are ready to show as they are, so the button
   * turns into the case's badge with this one answer. Repeats are offered in the side panel.
   */
  capture: {
    request: capturedItemSchema,
    response: captureResponse,
  },
  /**
   * A content script could not read an item's markup: the background records the page's address,
   * title and the selected (or the item's visible) text as a `message` keyed by both, markup
   * `<network>-unrecognised` (selection-item.ts), and answers like `capture` (the key is the badge's).
   */
  captureUnrecognised: {
    request: z.object({
      network: z.enum(['vk', 'ok']),
      pageUrl: z.string().max(4_096),
      pageTitle: z.string().max(10_000).optional(),
      text: z.string().max(UNRECOGNISED_TEXT_MAX),
      detectedAt: epochMs,
    }),
    response: captureResponse,
  },
  /** Cases already captured among a page's items, so the page shows their status instead of a button. */
  casesByKeys: {
    request: z.object({ network, itemKeys: z.array(z.string().min(1).max(4_096)).max(5_000) }),
    response: z.object({ cases: z.array(caseStateSchema.extend({ itemKey: z.string() })) }),
  },
  getCase: {
    request: z.object({ caseId }),
    response: z.object({ case: caseStateSchema.nullable() }),
  },
  appendEvent: {
    request: z.object({ caseId, event: eventDraftSchema, expectedVersion: version }),
    response: caseStateSchema,
  },
  /** Corrects captured fields or the classification; recorded as `edited` events. */
  updateCaseFields: {
    request: z.object({
      caseId,
      changes: z.partialRecord(z.enum(editableFields), z.union([z.string().max(100_000), z.number(), z.null()])),
      expectedVersion: version,
    }),
    response: caseStateSchema,
  },
  linkRepeat: {
    request: z.object({ caseId, repeatOf: caseId, expectedVersion: version }),
    response: caseStateSchema,
  },
  updateSettings: {
    request: settingsPatchSchema,
    response: z.object({ settings: settingsSchema }),
  },
  directoryPut: {
    request: directoryPutRequest,
    response: z.object({ id: z.string(), updatedAt: z.number() }),
  },
  /** People are deactivated (`active: false`), never deleted: timelines name them. */
  directoryDelete: {
    request: z.object({ table: z.enum(['topics', 'locations', 'templates']), id: recordIdSchema }),
    response: z.object({ deleted: z.boolean() }),
  },
  /** Saves a custom regulation given as a parsed object or its JSON text (validated by parseRegulation). */
  regulationSave: {
    request: z.object({ regulation: z.unknown() }),
    response: z.object({ id: z.string(), updatedAt: z.number() }),
  },
  regulationDelete: {
    request: z.object({ id: z.string().min(1).max(64) }),
    response: z.object({ deleted: z.literal(true) }),
  },
  /** The whole database as the text of a backup file; records the time of the backup. */
  exportBackup: {
    request: z.object({}),
    response: z.object({ fileName: z.string(), json: z.string(), cases: z.number(), exportedAt: z.number() }),
  },
  /** Validates the whole file, then merges it in one transaction (or only reports, with dryRun). */
  importBackup: {
    request: z.object({
      json: z.string().max(MAX_BACKUP_CHARS, `файл резервной копии больше ${MAX_BACKUP_CHARS / 1e6} млн знаков`),
      dryRun: z.boolean().optional(),
    }),
    response: z.object({
      cases: tableSummary.extend({ skipped: z.array(z.object({ fileId: z.string(), localId: z.string() })) }),
      people: tableSummary,
      topics: tableSummary,
      locations: tableSummary,
      templates: tableSummary,
      regulations: tableSummary,
      settings: z.enum(['restored', 'kept']),
    }),
  },
  /** How many cases the retention rule would delete now (months: the settings' when absent). */
  retentionPreview: {
    request: z.object({ months: z.number().int().min(6).max(120).optional() }),
    response: z.object({ months: z.number(), count: z.number(), cutoff: z.number(), oldest: z.number().optional() }),
  },
  /** Deletes them; refused while the rule is not switched on in the settings. */
  retentionRun: {
    request: z.object({ months: z.number().int().min(6).max(120).optional() }),
    response: z.object({ months: z.number(), deleted: z.number(), cutoff: z.number() }),
  },
} satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;
