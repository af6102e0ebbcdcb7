/**
 * What every write of a case needs besides the case: its regulation (with the settings' time-zone
 * override), the work calendar with the administration's own overrides, and the workflow policy.
 * `nextDueAt` is stored on the case so the queue sorts by an index. (calendarFor caches the
 * calendars it builds.)
 */
import { rejectionReasonCodes, type RejectionReason } from '../cases/events';
import { calendarFor, computeDeadlines, nextDue } from '../cases/deadlines';
import type { Case } from '../cases/schema';
import type { WorkflowPolicy } from '../cases/workflow';
import type { Regulation } from '../regulation/schema';
import type { Settings } from '../settings/schema';
import { getSettings } from '../settings/store';
import { UserFacingError } from '../validation/index';
import type { OtklikDB } from './database';

type Calendar = ReturnType<typeof calendarFor>;

export interface DueContext {
  settings: Settings;
  regulation(id: string): Regulation | undefined;
  calendar(regulation: Regulation): Calendar;
}

/** The regulation as this administration applies it: the settings may override its time zone. */
export function effectiveRegulation(regulation: Regulation, settings: Settings): Regulation {
  return settings.timeZone && settings.timeZone !== regulation.timeZone ? { ...regulation, timeZone: settings.timeZone } : regulation;
}

/** Reads settings and regulations (inside the caller's transaction, when there is one). */
export async function loadDueContext(db: OtklikDB): Promise<DueContext> {
  const [settings, rows] = await Promise.all([getSettings(db), db.regulations.toArray()]);
  const byId = new Map(rows.map((row) => [row.id, effectiveRegulation(row.regulation, settings)]));
  return {
    settings,
    regulation: (id) => byId.get(id),
    calendar: (regulation) => calendarFor(regulation, settings.calendarOverrides.days),
  };
}

export function activeRegulation(ctx: DueContext): Regulation {
  const regulation = ctx.regulation(ctx.settings.activeRegulationId);
  if (!regulation) {
    throw new UserFacingError(
      `Регламент «${ctx.settings.activeRegulationId}» не найден: выберите регламент в настройках «Отклика».`,
      'no-regulation',
    );
  }
  return regulation;
}

export function caseRegulation(ctx: DueContext, c: Pick<Case, 'regulationId'>): Regulation {
  const regulation = ctx.regulation(c.regulationId);
  if (!regulation) {
    throw new UserFacingError(`Регламент дела «${c.regulationId}» не найден: восстановите его из резервной копии или импортируйте.`, 'no-regulation');
  }
  return regulation;
}

/** The case with `nextDueAt` set from its regulation's deadlines (absent when nothing is pending). */
export function withNextDue(c: Case, ctx: DueContext): Case {
  const regulation = ctx.regulation(c.regulationId);
  const next = regulation ? nextDue(computeDeadlines(c, regulation, ctx.calendar(regulation))) : undefined;
  const { nextDueAt: _previous, ...rest } = c;
  return next === undefined ? rest : { ...rest, nextDueAt: next.due };
}

/** The workflow's view of a regulation: may the operator approve, which refusal grounds apply. */
export function workflowPolicyOf(regulation: Regulation): WorkflowPolicy {
  const grounds = regulation.notSubjectToAnswer
    .map((ground) => ground.id)
    .filter((id): id is RejectionReason => (rejectionReasonCodes as readonly string[]).includes(id));
  return grounds.length > 0
    ? { operatorMayApprove: regulation.operatorMayApprove, rejectionReasons: grounds }
    : { operatorMayApprove: regulation.operatorMayApprove };
}
