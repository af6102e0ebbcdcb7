/**
 * Messages from the capture controls on VK/OK pages: the badges of captured items (status, working
 * time left with the real calendar, the wall-clock due moment) and opening a case from its badge.
 */
import { computeDeadlines, nextDue } from '../../utils/cases/deadlines';
import { statusLabels } from '../../utils/cases/status';
import { publicationFor } from '../../utils/cases/workflow';
import type { CaseRow } from '../../utils/db/case-row';
import { getDatabase, type OtklikDB } from '../../utils/db/database';
import { workflowPolicyOf, type DueContext } from '../../utils/db/due';
import { cachedDueContext } from '../../utils/db/due-cache';
import { openCase } from '../../utils/extension/open-case';
import { getLocale, resolveLocale, setLocale } from '../../utils/i18n/index';
import type { Handlers } from '../../utils/messaging/router';
import type { ResponseOf } from '../../utils/messaging/protocol';
import { clockOf } from '../../utils/queue/clock';
import { describeWorkingLeft, formatDueMoment, formatWorkingLeft } from '../../utils/queue/format';
import { urgencyOfLeft, workingLeft } from '../../utils/queue/urgency';
import { badgeLabel } from '../../utils/sites/page/notices';

type Badge = ResponseOf<'caseBadges'>['badges'][number];

/** The approved answer a page should watch for: only while its publication may still be recorded. */
export function awaitedAnswer(row: CaseRow, ctx: DueContext): string | undefined {
  if (row.draft?.state !== 'approved') return undefined;
  const regulation = ctx.regulation(row.regulationId);
  if (!regulation || !publicationFor(row, workflowPolicyOf(regulation))) return undefined;
  return row.draft.text;
}

/** The badge of a case on a VK/OK page, in the current locale (set from the settings by the caller). */
export function badgeOf(row: CaseRow, ctx: DueContext, now: number): Badge {
  const locale = getLocale();
  const statusLabel = statusLabels[row.status][locale];
  const badge: Badge = { caseId: row.id, itemKey: row.itemKey, status: row.status, statusLabel, label: badgeLabel([statusLabel]) };
  const regulation = ctx.regulation(row.regulationId);
  if (regulation) {
    const calendar = ctx.calendar(regulation);
    const next = nextDue(computeDeadlines(row, regulation, calendar));
    if (next) {
      const clock = clockOf(calendar);
      const left = workingLeft(next.due, now, clock);
      badge.urgency = urgencyOfLeft(left);
      badge.remaining = formatWorkingLeft(left);
      badge.dueText = formatDueMoment(next.due, now, clock.timeZone);
      badge.label = badgeLabel([statusLabel, `${next.label[locale]}: ${describeWorkingLeft(left)}`, badge.dueText]);
    }
  }
  const watchText = awaitedAnswer(row, ctx);
  if (watchText) badge.watchText = watchText;
  return badge;
}

/** Page words follow the settings' language (the side panel's), like the badges always did. */
export function applySettingsLocale(ctx: DueContext): void {
  setLocale(resolveLocale(ctx.settings.locale, typeof navigator === 'undefined' ? [] : navigator.languages));
}

export function createPageBadgeHandlers(db: () => OtklikDB, clock: () => number = Date.now) {
  return {
    caseBadges: async ({ caseIds }) => {
      const database = db();
      const [rows, ctx] = await Promise.all([database.cases.bulkGet(caseIds), cachedDueContext(database)]);
      applySettingsLocale(ctx);
      const now = clock();
      return { badges: rows.filter((row): row is CaseRow => row !== undefined).map((row) => badgeOf(row, ctx, now)) };
    },
    // No await before openCase: the side panel opens only inside the click's user gesture.
    openCaseFromPage: async ({ caseId }) => ({ openedIn: await openCase(caseId) }),
  } satisfies Handlers;
}

export const pageBadgeHandlers = createPageBadgeHandlers(getDatabase);
