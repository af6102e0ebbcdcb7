import { describe, expect, it } from 'vitest';
import { templateVariableLabels, templateVariables } from './render-template';
import { personRoleLabels, personRoles, personSchema, templateKindLabels, templateKinds, templateSchema, topicSchema } from './schema';
import { absenceOf, actingPerson } from './stand-in';
import { describeZodError } from '../validation';

describe('directory schemas', () => {
  it('fills defaults for a minimal person and keeps several roles', () => {
    const person = personSchema.parse({ id: 'p1', name: ' Иванова А. А. ', roles: ['curator', 'approver'] });
    expect(person).toEqual({
      id: 'p1', name: 'Иванова А. А.', roles: ['curator', 'approver'], department: '', position: '', phone: '', email: '', active: true, updatedAt: 0,
    });
  });

  it('refuses bad people with a Russian message naming the field', () => {
    const cases: [unknown, string][] = [
      [{ id: 'p1', name: 'А', roles: [] }, 'roles'],
      [{ id: 'p1', name: 'А', roles: ['king'] }, 'roles[0]'],
      [{ id: 'p1', name: 'А', roles: ['head'], email: 'не почта' }, 'email'],
      [{ id: 'p1', name: 'А', roles: ['head'], substituteId: 'p1' }, 'substituteId'],
      [{ id: 'p 1', name: 'А', roles: ['head'] }, 'id'],
      [{ id: 'p1', name: '   ', roles: ['head'] }, 'name'],
    ];
    for (const [input, field] of cases) {
      const result = personSchema.safeParse(input);
      expect(result.success, field).toBe(false);
      const text = describeZodError(result.error!, 'Справочник');
      expect(text).toContain(`«${field}»`);
      expect(text).toMatch(/[а-яё]/i);
    }
  });

  it('validates templates and topics', () => {
    expect(templateSchema.safeParse({ id: 't', name: 'Ответ', kind: 'answer', body: 'x' }).success).toBe(true);
    expect(templateSchema.safeParse({ id: 't', name: 'Ответ', kind: 'letter', body: 'x' }).success).toBe(false);
    expect(templateSchema.safeParse({ id: 't', name: 'Ответ', kind: 'answer', body: 'x'.repeat(20_001) }).success).toBe(false);
    expect(topicSchema.parse({ id: 'roads', name: 'Дороги' }).active).toBe(true);
  });
});

describe('actingPerson', () => {
  const people = [
    personSchema.parse({ id: 'a', name: 'А', roles: ['executor'], substituteId: 'b', absentUntil: 2_000 }),
    personSchema.parse({ id: 'b', name: 'Б', roles: ['executor'], substituteId: 'c', absentUntil: 1_500 }),
    personSchema.parse({ id: 'c', name: 'В', roles: ['executor'], substituteId: 'a' }),
    personSchema.parse({ id: 'd', name: 'Г', roles: ['executor'], active: false }),
  ];
  it('returns the person when present', () => {
    expect(actingPerson(people, 'a', 2_000)?.id).toBe('a');
  });
  it('follows the chain of substitutes while they are away', () => {
    expect(actingPerson(people, 'a', 1_000)?.id).toBe('c');
    expect(actingPerson(people, 'a', 1_600)?.id).toBe('b');
  });
  it('stops on a cycle and on unknown or inactive people', () => {
    const everyoneAway = people.map((p) => ({ ...p, absentUntil: 9_999 }));
    expect(actingPerson(everyoneAway, 'a', 0)).toBeUndefined();
    expect(actingPerson(people, 'zzz', 0)).toBeUndefined();
    expect(actingPerson(people, 'd', 0)).toBeUndefined();
  });
});

describe('absenceOf', () => {
  const people = [
    personSchema.parse({ id: 'a', name: 'А', roles: ['executor'], substituteId: 'b', absentUntil: 2_000 }),
    personSchema.parse({ id: 'b', name: 'Б', roles: ['executor'], substituteId: 'c', absentUntil: 1_500 }),
    personSchema.parse({ id: 'c', name: 'В', roles: ['executor'] }),
    personSchema.parse({ id: 'd', name: 'Г', roles: ['executor'], active: false, substituteId: 'c' }),
    personSchema.parse({ id: 'e', name: 'Д', roles: ['executor'], absentUntil: 2_000 }),
  ];
  it('is nothing for a person at work or unknown', () => {
    expect(absenceOf(people, 'a', 2_000)).toBeUndefined();
    expect(absenceOf(people, 'c', 0)).toBeUndefined();
    expect(absenceOf(people, 'zzz', 0)).toBeUndefined();
  });
  it('names the return and who stands in now, through substitutes who are away too', () => {
    expect(absenceOf(people, 'a', 1_000)).toEqual({ until: 2_000, standIn: people[2] });
    expect(absenceOf(people, 'a', 1_600)).toEqual({ until: 2_000, standIn: people[1] });
  });
  it('treats an inactive person as away for good, and says when nobody stands in', () => {
    expect(absenceOf(people, 'd', 0)).toEqual({ until: Number.POSITIVE_INFINITY, standIn: people[2] });
    expect(absenceOf(people, 'e', 0)).toEqual({ until: 2_000 });
  });
});

describe('directory words in both interface languages', () => {
  it('names every role, template kind and template variable in Russian and in English', () => {
    const all = [...personRoles.map((r) => personRoleLabels[r]), ...templateKinds.map((k) => templateKindLabels[k]), ...templateVariables.map((v) => templateVariableLabels[v])];
    for (const label of all) {
      expect(label.ru).toMatch(/[а-яё]/i);
      expect(label.en).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(personRoleLabels.head).toEqual({ ru: 'Глава / руководитель', en: 'Head of administration' });
  });
});

