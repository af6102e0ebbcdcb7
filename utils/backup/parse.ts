/**
 * Reading a backup file: the whole file is validated before anything is written. Every refusal is
 * one Russian sentence that names the first bad field («Файл резервной копии: поле
 * «cases[3].events[0].at» — …»). Older format versions are validated against their own schema
 * (so the path names what is in the user's file) and then migrated.
 */
import { describeZodError, UserFacingError } from '../validation/index';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupV2Schema, olderFormats, type Backup } from './format';

export const WHAT = 'Файл резервной копии';
/**
 * A browser message carries at most 64 MiB, and a character may take two bytes: 30 million
 * characters pass in one message. 10,000 cases take about 11.5 million.
 */
export const MAX_BACKUP_CHARS = 30_000_000;

function refuse(message: string, code: string): never {
  throw new UserFacingError(`${WHAT}: ${message}`, code);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseBackupText(text: string): Backup {
  if (text.length > MAX_BACKUP_CHARS) {
    refuse(`слишком большой (${(text.length / 1e6).toFixed(1)} млн знаков, допускается не больше ${MAX_BACKUP_CHARS / 1e6} млн).`, 'too-large');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    refuse(`файл повреждён или обрезан — это не JSON (${(error as Error).message}).`, 'not-json');
  }
  return parseBackupValue(value);
}

export function parseBackupValue(value: unknown): Backup {
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) {
    refuse('это не резервная копия «Отклика» (файл другой программы или другого вида).', 'not-backup');
  }
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    refuse('поле «formatVersion» — нужен номер версии формата (целое число).', 'invalid');
  }
  if (version > BACKUP_FORMAT_VERSION) {
    refuse(
      `поле «formatVersion» — файл создан более новой версией «Отклика» (формат ${version}, эта версия понимает до ${BACKUP_FORMAT_VERSION}). Обновите расширение.`,
      'newer-format',
    );
  }
  let current: unknown = value;
  if (version < BACKUP_FORMAT_VERSION) {
    const older = olderFormats[version as keyof typeof olderFormats];
    if (!older) refuse(`поле «formatVersion» — неизвестная версия формата ${version}.`, 'invalid');
    const parsed = older.schema.safeParse(value);
    if (!parsed.success) throw new UserFacingError(describeZodError(parsed.error, WHAT), 'invalid');
    current = older.migrate(parsed.data);
  }
  const parsed = backupV2Schema.safeParse(current);
  if (!parsed.success) throw new UserFacingError(describeZodError(parsed.error, WHAT), 'invalid');
  return parsed.data;
}
