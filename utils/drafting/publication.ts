/**
 * Recording by hand that the reply appeared in the thread («Отметить опубликованным»): the event
 * the workflow names for the current draft (publicationFor: published, interimPublished,
 * finalPublished or clarificationRequested) with the reply's link and time.
 */
import type { Case } from '../cases/schema';
import { publicationFor, type PublicationType, type WorkflowPolicy } from '../cases/workflow';

export interface PublicationInput {
  /** Permalink of the reply in the thread. */
  url?: string;
  /** When the reply appeared (absent: the moment it is marked). */
  replyAt?: number;
  /** The text as published, when there is no draft (the operator approves his own answer). */
  text?: string;
}

export interface PublicationEventDraft {
  type: PublicationType;
  data: Record<string, unknown>;
  /** When the publication happened: the reply's time. */
  at?: number;
}

/** The event to append, or undefined when nothing may be published now. */
export function publicationEvent(c: Case, policy: WorkflowPolicy, input: PublicationInput): PublicationEventDraft | undefined {
  const publication = publicationFor(c, policy);
  if (!publication) return undefined;
  const { type, kind } = publication;
  const url = input.url?.trim() || undefined;
  const text = c.draft ? undefined : input.text?.trim() || undefined;
  const data: Record<string, unknown> = {};
  if (type === 'published') data.kind = kind === 'explanation' ? 'explanation' : 'answer';
  if (url !== undefined) data.url = url;
  if (text !== undefined) data.text = text;
  if (input.replyAt !== undefined && type !== 'clarificationRequested') data.replyAt = input.replyAt;
  return input.replyAt === undefined ? { type, data } : { type, data, at: input.replyAt };
}
