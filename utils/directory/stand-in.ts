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

export interface Absence {
  /** The moment the person is back (epoch ms): midnight after the last day away. */
  until: number;
  /** Who acts for them now (the chain of substitutes followed), when someone available is named. */
  standIn?: Person;
}

/**
 * Whether a person is away at `now` (absent, or no longer active) and who stands in; undefined when
 * the person is there or unknown. Seed 002 p. 6: an executor's duties pass to the named stand-in.
 */
export function absenceOf(people: readonly Person[], personId: string, now: number): Absence | undefined {
  const person = people.find((p) => p.id === personId);
  if (!person || (person.active && !isAbsent(person, now))) return undefined;
  const standIn = actingPerson(people, personId, now);
  const absence: Absence = { until: person.absentUntil ?? Number.POSITIVE_INFINITY };
  if (standIn && standIn.id !== personId) absence.standIn = standIn;
  return absence;
}
