/**
 * A case as stored in the `cases` table: the case (utils/cases/schema.ts) plus the index fields
 * only the database needs. The index fields are always recomputed from the case, never edited.
 */
import type { Case } from '../cases/schema';
import { isOpenStatus, type CaseStatus } from '../cases/status';
import { authorKeysOf, threadKeyOf } from './lookup-keys';

/** queueAt of an open case with nothing due: after every dated one (the largest valid Date). */
export const NO_DUE_AT = 8.64e15;

export interface CaseIndexFields {
  /** 0 = open (something is or may become due), 1 = finished (answered, not subject, appeal, closed). */
  queueRank: 0 | 1;
  /** Open: nextDueAt (or NO_DUE_AT); finished: minus the finishing time, so the newest comes first. */
  queueAt: number;
  /** Normalised author id and profile URL (lookup-keys.ts), for repeats. */
  authorKeys: string[];
  threadKey?: string;
}

export type CaseRow = Case & CaseIndexFields;

type IndexSource = Pick<Case, 'network' | 'author' | 'threadUrl' | 'nextDueAt' | 'updatedAt' | 'resolvedAt'> & {
  status: CaseStatus;
};

export function queueFields(c: Pick<IndexSource, 'status' | 'nextDueAt' | 'updatedAt' | 'resolvedAt'>) {
  if (isOpenStatus(c.status)) return { queueRank: 0 as const, queueAt: c.nextDueAt ?? NO_DUE_AT };
  return { queueRank: 1 as const, queueAt: -(c.resolvedAt ?? c.updatedAt) };
}

export function indexFields(c: IndexSource): CaseIndexFields {
  const threadKey = threadKeyOf(c.network, c.threadUrl);
  return {
    ...queueFields(c),
    authorKeys: authorKeysOf(c.network, c.author),
    ...(threadKey === undefined ? {} : { threadKey }),
  };
}

export function toRow(c: Case): CaseRow {
  return { ...c, ...indexFields(c) };
}

/** The case without the database's index fields (what backups and messages carry). */
export function fromRow(row: CaseRow): Case {
  const { queueRank: _rank, queueAt: _at, authorKeys: _authors, threadKey: _thread, ...c } = row;
  return c;
}
