/**
 * The reasons the side panel offers, as the case's regulation words them: for returning a draft
 * (Korenovsk p. 14 lists four; other seeds name none, so the common list applies) and for "not
 * subject to an answer" (the regulation's grounds that the workflow knows).
 */
import { rejectionReasonCodes, revisionReasonCodes, type RejectionReason, type RevisionReason } from '../cases/events';
import { rejectionReasons, revisionReasons, type Label } from '../cases/labels';
import type { Regulation } from '../regulation/index';

export interface ReasonOption<T extends string> {
  code: T;
  label: Label;
  clause: string;
  /** Seed 001 p. 3.6: what to reply instead (the site's address), when the regulation says. */
  instead?: Label;
}

const isRevision = (id: string): id is RevisionReason => (revisionReasonCodes as readonly string[]).includes(id);
const isRejection = (id: string): id is RejectionReason => (rejectionReasonCodes as readonly string[]).includes(id);

/** Reasons to return a draft for revision; free text ('other') always comes last. */
export function revisionReasonOptions(regulation: Pick<Regulation, 'refusalReasons'> | undefined): ReasonOption<RevisionReason>[] {
  const own = (regulation?.refusalReasons ?? []).filter((r) => isRevision(r.id) && r.id !== 'other');
  const listed: ReasonOption<RevisionReason>[] = own.length
    ? own.map((r) => ({ code: r.id as RevisionReason, label: r.label, clause: r.clause }))
    : revisionReasonCodes
        .filter((code) => code !== 'other')
        .map((code) => ({ code, label: { ru: revisionReasons[code].ru, en: revisionReasons[code].en }, clause: revisionReasons[code].source }));
  const other = revisionReasons.other;
  return [...listed, { code: 'other', label: { ru: other.ru, en: other.en }, clause: other.source }];
}

/** Grounds for "not subject to an answer" under the regulation (all six when it lists none). */
export function rejectionReasonOptions(regulation: Pick<Regulation, 'notSubjectToAnswer'> | undefined): ReasonOption<RejectionReason>[] {
  const own = (regulation?.notSubjectToAnswer ?? []).filter((r) => isRejection(r.id));
  if (own.length) {
    return own.map((r) => {
      const option: ReasonOption<RejectionReason> = { code: r.id as RejectionReason, label: r.label, clause: r.clause };
      if (r.instead) option.instead = r.instead;
      return option;
    });
  }
  return rejectionReasonCodes.map((code) => ({ code, label: { ru: rejectionReasons[code].ru, en: rejectionReasons[code].en }, clause: rejectionReasons[code].source }));
}
