/**
 * A regulation being edited is checked with the file format's own schema (the same check an import
 * and the background's save run), and each Russian message is shown next to the field it names.
 */
import type { z } from 'zod';
import { regulationSchema, type Regulation } from '../../../utils/regulation/schema';

/** Field path ('stages.3.term.duration') → the first message for it. */
export type Issues = ReadonlyMap<string, string>;

export function issuesOf(error: z.ZodError | undefined): Issues {
  const map = new Map<string, string>();
  for (const issue of error?.issues ?? []) {
    const path = issue.path.map(String).join('.');
    if (!map.has(path)) map.set(path, issue.message);
  }
  return map;
}

export function validateRegulation(draft: Regulation): { regulation?: Regulation; issues: Issues } {
  const result = regulationSchema.safeParse(draft);
  return result.success ? { regulation: result.data, issues: new Map() } : { issues: issuesOf(result.error) };
}

/** The message for one field, or for anything below it when `deep` (a whole stage or variant). */
export function issueAt(issues: Issues, path: Array<string | number>, deep = false): string | undefined {
  const key = path.join('.');
  const own = issues.get(key);
  if (own || !deep) return own;
  for (const [k, message] of issues) if (k.startsWith(`${key}.`)) return message;
  return undefined;
}
