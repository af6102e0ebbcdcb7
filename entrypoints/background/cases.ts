/**
 * Handlers of the case messages: capture from a content script, events and corrections from the
 * side panel, status look-ups for the capture buttons. All writes go through utils/db/cases.ts.
 */
import type { CaseRow } from '../../utils/db/case-row';
import { appendEvent, captureItem, linkRepeat, updateCaseFields, type EventDraft } from '../../utils/db/cases';
import { getDatabase, type OtklikDB } from '../../utils/db/database';
import { cachedDueContext } from '../../utils/db/due-cache';
import { casesByItemKeys } from '../../utils/db/queue';
import type { Handlers } from '../../utils/messaging/router';
import { capturedItemSchema } from '../../utils/sites/captured-item.schema';
import { captureNotice } from '../../utils/sites/page/notices';
import { unrecognisedItem } from '../../utils/sites/page/selection-item';
import type { CapturedItem } from '../../utils/sites/types';
import { parseOrThrow, UserFacingError } from '../../utils/validation/index';
import { badgeOf, applySettingsLocale } from './page-badges';

function stateOf(row: CaseRow) {
  return {
    caseId: row.id,
    version: row.version,
    status: row.status,
    ...(row.nextDueAt === undefined ? {} : { nextDueAt: row.nextDueAt }),
  };
}

export function createCaseHandlers(db: () => OtklikDB, clock: () => number = Date.now) {
  // The page waits for this answer (budget: click → status on the button ≤ 50 ms): settings and
  // regulations come from the cache, one read-write transaction stores the case, nothing else.
  async function capture(item: CapturedItem) {
    const database = db();
    const due = await cachedDueContext(database);
    const now = clock();
    const result = await captureItem(database, item, { now, due });
    applySettingsLocale(due);
    const notice = captureNotice(item, result.created);
    return { ...stateOf(result.case), created: result.created, badge: badgeOf(result.case, due, now), ...(notice ? { notice } : {}) };
  }

  return {
    capture: (item) => capture(item),
    captureUnrecognised: async (source) => {
      const item = unrecognisedItem(source);
      if (!item) throw new UserFacingError('Эту страницу нельзя взять в работу: у неё нет адреса http(s).', 'invalid');
      return capture(parseOrThrow(capturedItemSchema, item, 'Выделенный текст'));
    },
    casesByKeys: async ({ network, itemKeys }) => {
      const found = await casesByItemKeys(db(), network, itemKeys);
      return { cases: [...found.values()].map((row) => ({ ...stateOf(row), itemKey: row.itemKey })) };
    },
    getCase: async ({ caseId }) => {
      const row = await db().cases.get(caseId);
      return { case: row ? stateOf(row) : null };
    },
    appendEvent: async ({ caseId, event, expectedVersion }) =>
      stateOf(await appendEvent(db(), caseId, event as EventDraft, expectedVersion, { now: clock() })),
    updateCaseFields: async ({ caseId, changes, expectedVersion }) =>
      stateOf(await updateCaseFields(db(), caseId, changes, expectedVersion, { now: clock() })),
    linkRepeat: async ({ caseId, repeatOf, expectedVersion }) =>
      stateOf(await linkRepeat(db(), caseId, repeatOf, expectedVersion, { now: clock() })),
  } satisfies Handlers;
}

export const caseHandlers = createCaseHandlers(getDatabase);
