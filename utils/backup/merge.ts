/**
 * Pure merge rules of a restore, one record at a time:
 * - a case on both sides keeps the union of its events by event id, in the order they were
 *   recorded; captured-field corrections are replayed so the latest one wins; everything derived
 *   is recomputed from the merged timeline;
 * - a directory record or a custom regulation on both sides keeps the newer (`updatedAt`); on a
 *   tie the local one stays;
 * - settings: a browser that never saved settings takes the file's; otherwise this browser's own
 *   setup stays and only calendar dates it does not have are added.
 */
import { caseSchema, type Case } from '../cases/schema';
import { applyCapturedEdit } from '../cases/edits';
import { deriveCase } from '../cases/workflow';
import { defaultSettings, type Settings } from '../settings/schema';
import { parseOrThrow } from '../validation/index';
import type { Backup } from './format';

/**
 * The merged case, or undefined when the file adds nothing to the local one. Throws a
 * UserFacingError when the two timelines cannot be one (more events than a case may hold).
 */
export function mergeCase(local: Case, incoming: Case): Case | undefined {
  const known = new Set(local.events.map((e) => e.id));
  const extra = incoming.events.filter((e) => !known.has(e.id) && e.type !== 'captured');
  if (extra.length === 0) return undefined;
  const [captured, ...rest] = local.events;
  // Stable sort: on equal recordedAt the local events stay first, in their order.
  const events = [captured!, ...[...rest, ...extra].sort((a, b) => a.recordedAt - b.recordedAt)];
  let merged: Case = { ...local, events, version: events.length, updatedAt: Math.max(local.updatedAt, incoming.updatedAt) };
  for (const event of events) if (event.type === 'edited') merged = applyCapturedEdit(merged, event.data);
  return parseOrThrow(caseSchema, deriveCase(merged), `Дело ${local.id} после объединения`);
}

/** A case from the file, as it will be stored: derived fields recomputed from its timeline. */
export function normaliseCase(c: Case): Case {
  return deriveCase(c);
}

/** Newer wins; on a tie (or when equal) the local record stays: returns the record to write, if any. */
export function newerRecord<T extends { updatedAt: number }>(local: T | undefined, incoming: T): T | undefined {
  if (!local) return incoming;
  return incoming.updatedAt > local.updatedAt ? incoming : undefined;
}

export function mergeSettings(local: Settings | undefined, incoming: Backup['settings']): Settings {
  if (!local) return { ...defaultSettings, ...incoming };
  const days = { ...local.calendarOverrides.days };
  const notes = { ...local.calendarOverrides.notes };
  const fileOverrides = incoming.calendarOverrides;
  if (fileOverrides) {
    for (const [date, intervals] of Object.entries(fileOverrides.days)) {
      if (date in days) continue;
      days[date] = intervals;
      const note = fileOverrides.notes[date];
      if (note !== undefined) notes[date] = note;
    }
  }
  return { ...local, calendarOverrides: { days, notes } };
}
