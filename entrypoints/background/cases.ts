/**
 * Handlers of the case messages: capture from a content script, events and corrections from the
 * side panel, status look-ups for the capture buttons. All writes go through utils/db/cases.ts.
 */
import type { CaseRow } from '../../utils/db/case-row';
import { appendEvent, captureItem, linkRepeat, updateCaseFields, type EventDraft } from '../../utils/db/cases';
import { getDatabase, type OtklikDB } from '../../utils/db/database';
import { casesByItemKeys } from '../../utils/db/queue';
import type { Handlers } from '../../utils/messaging/router';

function stateOf(row: CaseRow) {
  return {
    caseId: row.id,
    version: row.version,
    status: row.status,
    ...(row.nextDueAt === undefined ? {} : { nextDueAt: row.nextDueAt }),
  };
}

export function createCaseHandlers(db: () => OtklikDB, clock: () => number = Date.now) {
  return {
    capture: async (item) => {
      const result = await captureItem(db(), item, { now: clock() });
      return { ...stateOf(result.case), created: result.created, repeats: result.repeats };
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
