/**
 * Everything the options page shows, read live from the database (a write in any extension context
 * re-renders it): the settings (and whether they were ever saved: the first-run wizard), the
 * regulations, the directory.
 */
import { useLiveQuery } from '../hooks/useLiveQuery';
import { getDatabase, type RegulationRow } from '../../utils/db/database';
import type { Location, Person, Template, Topic } from '../../utils/directory/schema';
import type { Settings } from '../../utils/settings/schema';
import { getSettings, SETTINGS_KEY } from '../../utils/settings/store';

export interface OptionsData {
  settings: Settings;
  /** False until the settings were saved once: a fresh install shows the first-run wizard. */
  configured: boolean;
  regulations: RegulationRow[];
  people: Person[];
  topics: Topic[];
  locations: Location[];
  templates: Template[];
}

export function useOptionsData(): { data?: OptionsData; error: unknown } {
  const db = getDatabase();
  const state = useLiveQuery(async (): Promise<OptionsData> => {
    const [settings, row, regulations, people, topics, locations, templates] = await Promise.all([
      getSettings(db),
      db.settings.get(SETTINGS_KEY),
      db.regulations.toArray(),
      db.people.toArray(),
      db.topics.toArray(),
      db.locations.toArray(),
      db.templates.toArray(),
    ]);
    // Sorted copies: a live query's arrays are frozen (the database's immutable cache).
    const byName = <T extends { name: string }>(list: readonly T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name, 'ru'));
    return {
      settings,
      configured: row !== undefined,
      regulations: [...regulations].sort((a, b) => (a.source === b.source ? a.regulation.name.ru.localeCompare(b.regulation.name.ru, 'ru') : a.source === 'custom' ? -1 : 1)),
      people: byName(people),
      topics: byName(topics),
      locations: byName(locations),
      templates: byName(templates),
    };
  }, []);
  return { data: state.value, error: state.error };
}

/** The active regulation's row (undefined while the id points nowhere). */
export function activeRow(data: OptionsData): RegulationRow | undefined {
  return data.regulations.find((row) => row.id === data.settings.activeRegulationId);
}
