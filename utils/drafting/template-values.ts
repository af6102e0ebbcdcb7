/**
 * The values of a template's {{variables}} (utils/directory/render-template.ts) for one case:
 * the author's name, today's date in the administration's zone, the executor who answers (the lead
 * of a joint answer, else the first executor, else the person writing), their department and
 * phone, and the earlier case of a repeated message.
 */
import type { Case } from '../cases/schema';
import type { Person } from '../directory/schema';
import type { TemplateValues } from '../directory/render-template';
import { zonedParts } from '../worktime/zone';

export interface TemplateValueInput {
  case: Pick<Case, 'author' | 'executors' | 'lead'>;
  people: readonly Person[];
  /** The person writing (settings.currentUserId): the executor when none is named. */
  currentUserId: string;
  /** The earlier case this one repeats, when linked. */
  earlier?: Pick<Case, 'url' | 'detectedAt'>;
  timeZone: string;
  now: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** «27.11.2025» in the zone. */
export function dateInZone(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${pad2(p.day)}.${pad2(p.month)}.${p.year}`;
}

/** Who answers: the lead of a joint answer, else the first executor, else the person writing. */
export function answeringPersonId(c: Pick<Case, 'executors' | 'lead'>, currentUserId: string): string {
  return c.lead ?? c.executors[0] ?? currentUserId;
}

export function templateValues(input: TemplateValueInput): TemplateValues {
  const person = input.people.find((p) => p.id === answeringPersonId(input.case, input.currentUserId));
  const values: TemplateValues = {
    author: input.case.author.name?.trim() || undefined,
    date: dateInZone(input.now, input.timeZone),
    executor: person?.name,
    department: person?.department || undefined,
    phone: person?.phone || undefined,
  };
  if (input.earlier) values.repeatOf = `${input.earlier.url} (${dateInZone(input.earlier.detectedAt, input.timeZone)})`;
  return values;
}
