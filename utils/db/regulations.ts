/**
 * The user's own regulations (copies of presets, edited for another municipality). Presets are
 * rows with `source: 'preset'`, rewritten from the code (seed.ts) and never edited in place.
 */
import type { Regulation } from '../regulation/schema';
import { UserFacingError } from '../validation/index';
import type { OtklikDB, RegulationRow } from './database';
import { getSettings } from '../settings/store';

/** Stores a validated custom regulation (insert or replace). */
export async function putCustomRegulation(db: OtklikDB, regulation: Regulation, now: number): Promise<RegulationRow> {
  return db.transaction('rw', db.regulations, async () => {
    const existing = await db.regulations.get(regulation.id);
    if (existing?.source === 'preset') {
      throw new UserFacingError(
        `Встроенный регламент «${regulation.id}» нельзя изменить: сделайте копию под другим идентификатором и правьте её.`,
        'preset',
      );
    }
    const row: RegulationRow = { id: regulation.id, source: 'custom', regulation, updatedAt: now };
    await db.regulations.put(row);
    return row;
  });
}

/** Deletes a custom regulation that neither the settings nor any case uses. */
export async function deleteCustomRegulation(db: OtklikDB, id: string): Promise<void> {
  await db.transaction('rw', db.regulations, db.settings, db.cases, async () => {
    const row = await db.regulations.get(id);
    if (!row) throw new UserFacingError(`Регламент «${id}» не найден.`, 'not-found');
    if (row.source === 'preset') throw new UserFacingError('Встроенный регламент удалить нельзя.', 'preset');
    if ((await getSettings(db)).activeRegulationId === id) {
      throw new UserFacingError('Этот регламент выбран в настройках: сначала выберите другой.', 'in-use');
    }
    const used = await db.cases.filter((c) => c.regulationId === id).count();
    if (used > 0) {
      throw new UserFacingError(`Регламент применяется в делах (${used}): его нельзя удалить, пока они хранятся.`, 'in-use');
    }
    await db.regulations.delete(id);
  });
}
