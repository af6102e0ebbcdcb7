/**
 * Messages from the capture controls on VK/OK pages: the badges of captured items (status, working
 * time left with the real calendar, the wall-clock due moment) and opening a case from its badge.
 */
import { computeDeadlines, nextDue } from '../../utils/cases/deadlines';
import { statusLabels } from '../../utils/cases/status';
import { publicationFor } from '../../utils/cases/workflow';
import type { CaseRow } from '../../utils/db/case-row';
import { getDatabase, type OtklikDB } from '../../utils/db/database';
import { loadDueContext, workflowPolicyOf, type DueContext } from '../../utils/db/due';
import { openCase } from '../../utils/extension/open-case';
import { getLocale, resolveLocale, setLocale } from '../../utils/i18n/index';
import type { Handlers } from '../../utils/messaging/router';
import type { ResponseOf } from '../../utils/messaging/protocol';
import { clockOf } from '../../utils/queue/clock';
import { describeWorkingLeft, formatDueMoment, formatWorkingLeft } from '../../utils/queue/format';
import { urgencyOfLeft, workingLeft } from '../../utils/queue/urgency';

type Badge = ResponseOf<'caseBadges'>['badges'][number];

/** The approved answer a page should watch for: only while its publication may still be recorded. */
export function awaitedAnswer(row: CaseRow, ctx: DueContext): string | undefined {
  if (row.draft?.state !== 'approved') return undefined;
  const regulation = ctx.regulation(row.regulationId);
  if (!regulation || !publicationFor(row, workflowPolicyOf(regulation))) return undefined;
  return row.draft.text;
}

export function badgeOf(row: CaseRow, ctx: DueContext, now: number): Badge {
  const locale = getLocale();
  const badge: Badge = { caseId: row.id, itemKey: row.itemKey, status: row.status, statusLabel: statusLabels[row.status][locale] };
  const regulation = ctx.regulation(row.regulationId);
  if (regulation) {
    const calendar = ctx.calendar(regulation);
    const next = nextDue(computeDeadlines(row, regulation, calendar));
    if (next) {
      const clock = clockOf(calendar);
      const left = workingLeft(next.due, now, clock);
      badge.urgency = urgencyOfLeft(left);
      badge.remaining = formatWorkingLeft(left);
      badge.remainingLong = `${next.label[locale]}: ${describeWorkingLeft(left)}`;
      badge.dueText = formatDueMoment(next.due, now, clock.timeZone);
    }
  }
  const watchText = awaitedAnswer(row, ctx);
  if (watchText) badge.watchText = watchText;
  return badge;
}

export function createPageBadgeHandlers(db: () => OtklikDB, clock: () => number = Date.now) {
  return {
    caseBadges: async ({ caseIds }) => {
      const database = db();
      const [rows, ctx] = await Promise.all([database.cases.bulkGet(caseIds), loadDueContext(database)]);
      setLocale(resolveLocale(ctx.settings.locale, typeof navigator === 'undefined' ? [] : navigator.languages));
      const now = clock();
      return { badges: rows.filter((row): row is CaseRow => row !== undefined).map((row) => badgeOf(row, ctx, now)) };
    },
    // No await before openCase: the side panel opens only inside the click's user gesture.
    openCaseFromPage: async ({ caseId }) => ({ openedIn: await openCase(caseId) }),
  } satisfies Handlers;
}

export const pageBadgeHandlers = createPageBadgeHandlers(getDatabase);
