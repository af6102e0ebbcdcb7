import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../validation/index';
import { backupV1 } from './fixtures/v1';
import { BACKUP_FORMAT_VERSION } from './format';
import { parseBackupText, parseBackupValue } from './parse';
import { backupOf, patternCases } from './test-data';

function refusal(text: string): UserFacingError {
  try {
    parseBackupText(text);
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    return error as UserFacingError;
  }
  throw new Error('the file was accepted');
}

const valid = () => JSON.parse(JSON.stringify(backupOf(patternCases())));

describe('parseBackupText', () => {
  it('accepts a valid file', () => {
    const text = JSON.stringify(valid());
    expect(parseBackupText(text).cases).toHaveLength(patternCases().length);
  });

  it('refuses truncated JSON', () => {
    const text = JSON.stringify(valid());
    const error = refusal(text.slice(0, Math.floor(text.length / 2)));
    expect(error.code).toBe('not-json');
    expect(error.message).toMatch(/^Файл резервной копии: файл повреждён или обрезан/);
  });

  it('refuses files of other programs', () => {
    for (const text of ['[]', '"otklik"', 'null', '{"roots":{"bookmark_bar":{}},"version":1}', '{"format":"otklik-regulation","formatVersion":1}']) {
      expect(refusal(text).code, text).toBe('not-backup');
    }
    expect(refusal('{"format":"otklik-backup"}').message).toContain('«formatVersion»');
  });

  it('refuses a file from a newer version of the extension', () => {
    const error = refusal(JSON.stringify({ ...valid(), formatVersion: BACKUP_FORMAT_VERSION + 1 }));
    expect(error.code).toBe('newer-format');
    expect(error.message).toMatch(/Обновите расширение/);
  });

  it('names the first bad field in Russian', () => {
    const cases: Array<[(file: ReturnType<typeof valid>) => void, string]> = [
      [(f) => (f.cases = 'нет'), '«cases»'],
      [(f) => (f.cases[3].events[0].at = 'вчера'), '«cases[3].events[0].at»'],
      [(f) => (f.cases[2].status = 'lost'), '«cases[2].status»'],
      [(f) => (f.cases[1].version = 99), '«cases[1].version»'],
      [(f) => (f.people = [{ id: 'p', name: 'А', roles: ['king'] }]), '«people[0].roles[0]»'],
      [(f) => (f.settings.locale = 'fr'), '«settings.locale»'],
      [(f) => (f.exportedAt = -1), '«exportedAt»'],
    ];
    for (const [spoil, field] of cases) {
      const file = valid();
      spoil(file);
      const error = refusal(JSON.stringify(file));
      expect(error.message).toMatch(/^Файл резервной копии: поле «/);
      expect(error.message, field).toContain(field);
      expect(error.message).toMatch(/[а-яё]{3,}/);
    }
  });

  it('refuses 10 MB of text in one field', () => {
    const file = valid();
    file.cases[0].text = 'а'.repeat(10 * 1024 * 1024);
    const error = refusal(JSON.stringify(file));
    expect(error.message).toContain('«cases[0].text»');
    expect(error.message).toMatch(/слишком длинный/);
  });

  it('refuses a file too large to pass between the extension’s parts before parsing it', () => {
    const error = refusal(' '.repeat(30_000_001));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^Файл резервной копии: слишком большой/);
  });

  it('refuses duplicate ids and the same item twice within the file', () => {
    const file = valid();
    file.cases[4].id = file.cases[1].id;
    expect(refusal(JSON.stringify(file)).message).toContain('«cases[4].id» — идентификатор «p-routed» повторяется (уже был в cases[1])');
    const twice = valid();
    twice.cases[5].itemKey = twice.cases[0].itemKey;
    expect(refusal(JSON.stringify(twice)).message).toContain('«cases[5].itemKey»');
    const people = valid();
    people.people = [{ id: 'p', name: 'А', roles: ['head'] }, { id: 'p', name: 'Б', roles: ['head'] }];
    expect(refusal(JSON.stringify(people)).message).toContain('«people[1].id»');
  });

  it('does not let a __proto__ key pollute objects', () => {
    const text = JSON.stringify(valid()).replace('"cases":', '"__proto__":{"polluted":true},"cases":');
    const parsed = parseBackupText(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((parsed as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('migrates a formatVersion 1 file', () => {
    const migrated = parseBackupValue(structuredClone(backupV1));
    expect(migrated.formatVersion).toBe(2);
    expect(migrated.cases).toEqual(backupV1.cases);
    expect(migrated.people.map((p) => p.id)).toEqual(['me', 'exec-1']);
    expect(migrated.topics).toEqual(backupV1.directory.topics);
    expect(migrated.templates).toEqual(backupV1.directory.templates);
    expect(migrated.locations).toEqual([]);
    expect(migrated.regulations).toEqual([]);
    expect(migrated.settings.calendarOverrides).toEqual({ days: { '2026-01-12': [], '2026-12-30': [['09:00', '13:00']] }, notes: {} });
    expect(migrated.settings.lastBackupAt).toBe(1764300000000);
  });

  it('names fields of a version 1 file by their place in that file', () => {
    const file = structuredClone(backupV1) as unknown as { directory: { people: Array<{ email: string }> } };
    file.directory.people[1]!.email = 'не почта';
    expect(refusal(JSON.stringify(file)).message).toContain('«directory.people[1].email»');
  });
});
