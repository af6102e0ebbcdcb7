/**
 * Who acts for a person right now: the person, or — while they are away — the substitute named in
 * the directory (seed 002 p.6), following a chain of substitutes that are themselves away.
 */
import type { Person } from './schema';

export function isAbsent(person: Person, now: number): boolean {
  return person.absentUntil !== undefined && person.absentUntil > now;
}

/**
 * The person who acts for `personId` at `now`, or undefined when nobody available is found
 * (unknown id, inactive, or every substitute in the chain is away too).
 */
export function actingPerson(people: readonly Person[], personId: string, now: number): Person | undefined {
  const byId = new Map(people.map((p) => [p.id, p]));
  const seen = new Set<string>();
  let current = byId.get(personId);
  while (current && !seen.has(current.id)) {
    if (current.active && !isAbsent(current, now)) return current;
    seen.add(current.id);
    current = current.substituteId ? byId.get(current.substituteId) : undefined;
  }
  return undefined;
}
