/**
 * Import and export of a regulation as a JSON file (formatVersion 1). Import validates everything
 * and throws a UserFacingError whose Russian message names the first bad field; export writes the
 * validated object with a fixed key order, so exporting what was imported gives the same text.
 */
import { parseOrThrow, UserFacingError } from '../validation';
import { REGULATION_FORMAT_VERSION, regulationSchema, type Label, type Regulation } from './schema';

/** Larger texts are refused before parsing. A real regulation is some 30 KB. */
export const MAX_REGULATION_JSON_CHARS = 8_000_000;

const WHAT = 'Регламент';

/** Accepts the JSON text of a regulation file or an already parsed value. */
export function parseRegulation(json: unknown): Regulation {
  let value = json;
  if (typeof json === 'string') {
    if (json.length > MAX_REGULATION_JSON_CHARS) {
      throw new UserFacingError(`${WHAT}: файл слишком большой (больше ${MAX_REGULATION_JSON_CHARS / 1_000_000} млн знаков).`, 'too-large');
    }
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new UserFacingError(`${WHAT}: файл не является JSON (${(error as Error).message}).`, 'not-json');
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UserFacingError(`${WHAT}: ожидался объект JSON с полями регламента.`, 'invalid');
  }
  const version = (value as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > REGULATION_FORMAT_VERSION) {
    throw new UserFacingError(
      `${WHAT}: поле «formatVersion» — версия формата ${version} новее, чем понимает эта версия «Отклика» (${REGULATION_FORMAT_VERSION}). Обновите расширение.`,
      'newer-format',
    );
  }
  return parseOrThrow(regulationSchema, value, WHAT);
}

/** Canonical JSON: the schema's key order, two-space indentation. Refuses (in Russian) an invalid regulation. */
export function serializeRegulation(regulation: Regulation): string {
  return `${JSON.stringify(parseOrThrow(regulationSchema, regulation, WHAT), null, 2)}\n`;
}

/** A user's copy of a regulation (usually a preset) under a new id, ready to be edited. */
export function copyRegulation(regulation: Regulation, id: string, name?: Label): Regulation {
  const copy: Regulation = {
    ...structuredClone(regulation),
    id,
    basedOn: regulation.basedOn ?? regulation.id,
    ...(name ? { name } : {}),
  };
  return parseOrThrow(regulationSchema, copy, WHAT);
}
