/**
 * Stage deadlines of a case under its regulation (see deadlines/compute.ts for the semantics).
 * The implementation lives in ./deadlines/; this file is the public entry point.
 */
export { computeDeadlines, nextDue } from './deadlines/compute';
export { calendarFor, calendarCacheKey, stableHash, type CalendarOverrides } from './deadlines/calendar';
export type { DeadlineCase, DeadlineEvent, StageDeadline } from './deadlines/types';
