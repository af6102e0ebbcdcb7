/**
 * Boundary validation helpers: every message between contexts, imported file and value read from a
 * page is parsed with zod; a failure becomes one clear Russian sentence naming the first bad field.
 */
import { z } from 'zod';
import { ru } from 'zod/v4/locales';

z.config(ru());

/** An error whose message is written for the operator (Russian) and may be shown as is. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly code: string = 'user',
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/** "events[3].at" from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function describeZodError(error: z.ZodError, what = 'Данные'): string {
  const issue = error.issues[0];
  if (!issue) return `${what}: неверный формат.`;
  const path = formatPath(issue.path);
  return path ? `${what}: поле «${path}» — ${issue.message}` : `${what}: ${issue.message}`;
}

/** Parses or throws a UserFacingError with a Russian description of the first problem. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new UserFacingError(describeZodError(result.error, what), 'invalid');
  return result.data;
}
