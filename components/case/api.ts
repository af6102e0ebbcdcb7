/**
 * What the case workspace asks the background to do. Pages never write the database: every change
 * is a message the background validates (utils/messaging/protocol.ts). The side panel passes an
 * implementation over `request(...)`; component tests pass one over a test database.
 */
import type { ResponseOf } from '../../utils/messaging/protocol';
import type { EventDraft, FieldChanges } from '../../utils/db/cases';

export interface CaseApi {
  appendEvent(caseId: string, event: EventDraft, expectedVersion: number): Promise<unknown>;
  updateCaseFields(caseId: string, changes: FieldChanges, expectedVersion: number): Promise<unknown>;
  linkRepeat(caseId: string, repeatOf: string, expectedVersion: number): Promise<unknown>;
  insertAnswer(caseId: string): Promise<ResponseOf<'insertAnswer'>>;
}

/** Writes text to the clipboard; false when the page may not (no focus, no permission). */
export type CopyText = (text: string) => Promise<boolean>;

export const copyWithNavigator: CopyText = async (text) => {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
};
