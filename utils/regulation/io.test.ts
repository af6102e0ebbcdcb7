/**
 * The regulation file: every preset parses, export → import round-trips, and hostile or broken
 * files are refused with one Russian sentence that names the first bad field.
 */
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../validation';
import { copyRegulation, MAX_REGULATION_JSON_CHARS, parseRegulation, regulationPresets, serializeRegulation, type Regulation } from './index';

const korenovsk = regulationPresets.korenovsk;
/** A mutable deep copy of a preset as plain JSON data. */
const draftOf = (regulation: Regulation = korenovsk) => JSON.parse(JSON.stringify(regulation)) as Record<string, any>;

function refusal(input: unknown): string {
  try {
    parseRegulation(input);
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    return (error as Error).message;
  }
  throw new Error('the regulation was accepted');
}

const cyrillic = /[а-яё]/i;

describe('parseRegulation', () => {
  it.each(Object.entries(regulationPresets))('accepts the preset %s unchanged', (_id, preset) => {
    expect(parseRegulation(draftOf(preset))).toEqual(preset);
  });

  it.each(Object.entries(regulationPresets))('round-trips %s through its JSON export', (_id, preset) => {
    const text = serializeRegulation(preset);
    const imported = parseRegulation(text);
    expect(imported).toEqual(preset);
    expect(serializeRegulation(imported)).toBe(text);
    expect(JSON.parse(text).formatVersion).toBe(1);
  });

  it('a copy gets a new id, remembers its preset and can be edited and re-imported', () => {
    const copy = copyRegulation(korenovsk, 'my-town', { ru: 'Мой город', en: 'My town' });
    expect(copy).toMatchObject({ id: 'my-town', basedOn: 'korenovsk', name: { ru: 'Мой город' } });
    const edited = draftOf(copy);
    edited.stages.find((s: { id: string }) => s.id === 'answer').term.duration = 6;
    expect(parseRegulation(JSON.stringify(edited)).stages.find((s) => s.id === 'answer')?.term).toMatchObject({ duration: 6 });
    expect(korenovsk.stages.find((s) => s.id === 'answer')?.term).toMatchObject({ duration: 8 }); // the preset is untouched
  });

  it('refuses a `before` that names a stage the regulation does not have', () => {
    const bad = draftOf(regulationPresets.blagoveshchensk);
    const index = bad.stages.findIndex((s: { id: string }) => s.id === 'draft');
    bad.stages = bad.stages.filter((s: { id: string }) => s.id !== 'answer');
    const message = refusal(bad);
    expect(message).toContain(`stages[${index}].term.stage`);
    expect(message).toContain('answer');
    expect(message).toMatch(cyrillic);
  });

  it('refuses a cycle of `before` references', () => {
    const bad = draftOf();
    const answer = bad.stages.find((s: { id: string }) => s.id === 'answer');
    answer.term = { kind: 'before', stage: 'draft', duration: 1, unit: 'hours', clock: 'working' };
    const message = refusal(bad);
    expect(message).toMatch(/циклическая ссылка между этапами: (draft → answer → draft|answer → draft → answer)/);
  });

  it('refuses a duplicate stage id', () => {
    const bad = draftOf();
    bad.stages.push({ ...bad.stages[0] });
    expect(refusal(bad)).toContain(`stages[${bad.stages.length - 1}].id`);
  });

  it('refuses a negative duration', () => {
    const bad = draftOf();
    bad.stages[0].term.duration = -30;
    const message = refusal(bad);
    expect(message).toContain('stages[0].term.duration');
    expect(message).toMatch(cyrillic);
  });

  it('refuses wrong types', () => {
    const asText = draftOf();
    asText.stages[0].term.duration = '30';
    expect(refusal(asText)).toContain('stages[0].term.duration');

    const noStages = draftOf();
    noStages.stages = 'route';
    expect(refusal(noStages)).toContain('«stages»');

    expect(refusal([])).toMatch(cyrillic);
    expect(refusal('42')).toMatch(cyrillic);
  });

  it('refuses a 5 MB string, naming its field', () => {
    const bad = draftOf();
    bad.name.ru = 'я'.repeat(5_000_000);
    const message = refusal(JSON.stringify(bad));
    expect(message).toContain('name.ru');
    expect(message.length).toBeLessThan(500);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const text = `{"formatVersion":1,"id":"${'x'.repeat(MAX_REGULATION_JSON_CHARS)}"}`;
    expect(refusal(text)).toMatch(/слишком большой/);
  });

  it('refuses a text that is not JSON', () => {
    expect(refusal('{"formatVersion": 1,')).toMatch(/не является JSON/);
  });

  it('refuses a newer or a missing format version', () => {
    expect(refusal({ ...draftOf(), formatVersion: 2 })).toMatch(/formatVersion.*новее/);
    const { formatVersion: _dropped, ...unversioned } = draftOf();
    expect(refusal(unversioned)).toContain('formatVersion');
  });

  it('refuses unknown keys, a misspelt field and a __proto__ smuggled in JSON', () => {
    const typo = draftOf();
    typo.stages[0].term.duraton = typo.stages[0].term.duration;
    expect(refusal(typo)).toMatch(/stages\[0\]\.term.*duraton/);
    const polluted = `{"__proto__": {"isAdmin": true}, ${serializeRegulation(korenovsk).slice(1)}`;
    expect(refusal(polluted)).toContain('__proto__');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses an actor that is not one of the roles', () => {
    const bad = draftOf(regulationPresets['bolshoy-beysug']);
    bad.stages[0].actor = 'curator';
    expect(refusal(bad)).toContain('stages[0].actor');
  });

  it('refuses an unknown time zone, overlapping or reversed intervals, an empty week', () => {
    expect(refusal({ ...draftOf(), timeZone: 'Mars/Olympus' })).toContain('timeZone');
    expect(refusal({ ...draftOf(), week: { mon: [['09:00', '13:00'], ['12:00', '18:00']] } })).toContain('week.mon[1]');
    expect(refusal({ ...draftOf(), week: { tue: [['18:00', '09:00']] } })).toContain('week.tue[0]');
    expect(refusal({ ...draftOf(), week: { sun: [] } })).toMatch(/week.*нет ни одного рабочего интервала/);
  });

  it('refuses working days on a calendar clock and hours that are not whole minutes', () => {
    const days = draftOf();
    const final = days.stages.find((s: { id: string }) => s.id === 'final');
    final.term.clock = 'calendar';
    expect(refusal(days)).toMatch(/term\.clock/);

    const seconds = draftOf();
    seconds.stages[0].term = { kind: 'after', duration: 0.501, unit: 'hours', clock: 'working' };
    expect(refusal(seconds)).toContain('stages[0].term.duration');
  });

  it('refuses a draft kind on an event that has none', () => {
    const bad = draftOf();
    bad.stages[0].doneBy = [{ type: 'routed', kind: 'interim' }];
    expect(refusal(bad)).toContain('stages[0].doneBy[0].kind');
  });

  it('refuses an event that both completes a stage and opens it again (it would never complete it)', () => {
    const bad = draftOf();
    bad.stages[0].doneBy = [{ type: 'draftSubmitted', kind: 'answer' }];
    bad.stages[0].reopenedBy = [{ type: 'returnedForRevision' }, { type: 'draftSubmitted' }];
    const message = refusal(bad);
    expect(message).toContain('stages[0].reopenedBy[1]');
    expect(message).toContain('уже выполняет этот этап');
    // Another kind of the same event is a different event.
    const fine = draftOf();
    fine.stages[0].doneBy = [{ type: 'draftSubmitted', kind: 'answer' }];
    fine.stages[0].reopenedBy = [{ type: 'draftSubmitted', kind: 'interim' }];
    expect(() => parseRegulation(fine)).not.toThrow();
  });

  it('refuses a duplicate id in the lists the side panel shows', () => {
    const bad = draftOf();
    bad.refusalReasons.push({ ...bad.refusalReasons[0] });
    expect(refusal(bad)).toContain(`refusalReasons[${bad.refusalReasons.length - 1}].id`);
  });
});
