/**
 * The closed vocabularies a regulation is written in: stage ids, the case events a stage counts from
 * or is completed by, roles, networks. The event names are the contract shared with the case
 * workflow (utils/cases/events.ts); they are repeated here so a regulation file can be validated
 * without the case code.
 */

/** Stages a regulation may set a term for. Not every preset has every stage. */
export const STAGE_IDS = [
  'route', // the detector routes the message to an executor
  'returnNotCompetent', // the executor returns a message outside its competence
  'reroute', // the curator re-routes a returned message (seed 003 p. 11)
  'clarify', // the executor prepares a clarification request (seed 003 p. 13)
  'part', // each co-executor sends its part for a joint answer
  'draft', // the draft (answer, interim answer or request) goes for approval
  'prepare', // the whole processing by the responsible body, revisions included (seed 001 p. 3.2)
  'approve', // the approver approves or returns the draft
  'revise', // the executor revises a returned draft
  'publish', // the approved answer is published in the thread
  'answer', // the answer is published: the overall term
  'explain', // an explanation instead of an answer (seed 001 p. 3.7)
  'finalDraft', // the draft of the final answer after an interim one (seed 002 p. 10)
  'final', // the final answer after an interim one
] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** Every event type of a case timeline (the workflow contract, camelCase). */
export const CASE_EVENT_TYPES = [
  'captured',
  'routed',
  'returnedNotCompetent',
  'clarificationRequested',
  'draftSubmitted',
  'returnedForRevision',
  'approved',
  'published',
  'interimPublished',
  'finalPublished',
  'partSubmitted',
  'rejected',
  'convertedToAppeal',
  'closed',
  'reopened',
  'note',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/**
 * What a stage's term counts from. `posted` is the case's postedAt (when the author published the
 * message), `captured` its detection (detectedAt); the others are the latest event of that type.
 */
export const ANCHORS = [
  'posted',
  'captured',
  'routed',
  'returnedNotCompetent',
  'clarificationRequested',
  'draftSubmitted',
  'returnedForRevision',
  'approved',
  'published',
  'interimPublished',
] as const;
export type Anchor = (typeof ANCHORS)[number];

/** data.kind of a `draftSubmitted` event. */
export const DRAFT_KINDS = ['answer', 'interim', 'clarification', 'explanation'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** data.kind of a `published` event. */
export const PUBLISHED_KINDS = ['answer', 'explanation'] as const;
export type PublishedKind = (typeof PUBLISHED_KINDS)[number];

export const ROLE_IDS = [
  'operator', // keeps the official accounts, detects, publishes (seed 000 lead specialist, seed 001 operator)
  'curator', // detects, routes and approves (seed 002 mayor's adviser, seed 003 head of the department)
  'head', // head of the administration (seed 000)
  'departmentHead', // head of the body an executor belongs to (seed 002 p. 8)
  'executor', // prepares the draft; in several-executor cases one of them is the lead
  'region', // the regional authority that detects, routes and approves (seed 004)
  'supervisor', // monitors timeliness and quality (seed 001 p. 4.2, seed 002 p. 20)
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export const ROLE_DUTIES = ['detect', 'route', 'reroute', 'draft', 'approve', 'publish', 'report', 'control'] as const;
export type RoleDuty = (typeof ROLE_DUTIES)[number];

export const NETWORK_IDS = [
  'vk',
  'ok',
  'telegram',
  'instagram',
  'facebook',
  'blogs',
  'videoHosting',
  'forums',
  'messengers',
  'reviewSites',
  'other',
] as const;
export type NetworkId = (typeof NETWORK_IDS)[number];

/** What the detector records about a message when it is detected. */
export const DETECTION_FIELDS = ['topic', 'location', 'importance'] as const;
export type DetectionField = (typeof DETECTION_FIELDS)[number];

export const NOTE_TOPICS = [
  'law59fz',
  'accounts',
  'detection',
  'routing',
  'clarification',
  'interim',
  'repeat',
  'severalExecutors',
  'weekends',
  'publicity',
  'responsibility',
  'reporting',
  'control',
  'clock',
  'personalData',
  'numbering',
] as const;
export type NoteTopic = (typeof NOTE_TOPICS)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
