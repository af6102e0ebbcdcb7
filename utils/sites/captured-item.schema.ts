/**
 * The background's check of what a content script sends (content scripts never import zod).
 * Mirrors types.ts; the type assertions at the bottom fail to compile if the two drift apart.
 */
import { z } from 'zod';
import type { CapturedItem } from './types';

const MAX_TEXT = 100_000;
const MAX_URL = 4_096;
const MAX_SHORT = 500;

const webUrl = z
  .string()
  .max(MAX_URL)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'ожидается адрес http(s)');

const shortText = z.string().max(MAX_SHORT);
const networkId = z.string().regex(/^-?\d{1,25}$/, 'ожидается числовой идентификатор');
const epochMs = z.number().int().nonnegative();

export const capturedItemSchema = z.object({
  network: z.enum(['vk', 'ok', 'telegram', 'other']),
  kind: z.enum(['post', 'comment', 'message']),
  itemKey: z.string().min(1).max(MAX_URL),
  ref: z.object({
    ownerId: networkId.optional(),
    postId: networkId.optional(),
    commentId: networkId.optional(),
    threadId: networkId.optional(),
    topicId: networkId.optional(),
  }),
  url: webUrl,
  threadUrl: webUrl,
  author: z.object({ name: shortText.optional(), url: webUrl.optional(), id: networkId.optional() }),
  text: z.string().max(MAX_TEXT),
  attachments: z
    .array(
      z.object({
        type: z.enum(['photo', 'video', 'link', 'doc', 'other']),
        url: z.string().max(MAX_URL),
        preview: z.string().max(MAX_URL).optional(),
      }),
    )
    .max(100),
  postedAt: epochMs.optional(),
  postedAtText: shortText.optional(),
  postedAtPrecision: z.enum(['second', 'minute', 'hour', 'day']).optional(),
  detectedAt: epochMs,
  pageUrl: webUrl,
  pageTitle: shortText.optional(),
  missing: z.array(z.string().max(60)).max(40),
  markup: z.string().min(1).max(40),
});

export type CapturedItemInput = z.input<typeof capturedItemSchema>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time guard: the schema's output is exactly CapturedItem. */
export const schemaMatchesType: Same<z.output<typeof capturedItemSchema>, CapturedItem> = true;
