/**
 * The Dexie database `otklik` (DESIGN.md, Contracts). Opened only by extension pages and the
 * background — never by a content script, whose IndexedDB would belong to vk.com or ok.ru.
 * Pages read it directly (liveQuery); every write goes through the background's messages.
 */
import { Dexie, type Table } from 'dexie';
import type { Location, Person, Template, Topic } from '../directory/schema';
import type { Regulation } from '../regulation/index';
import type { CaseRow } from './case-row';
import { seedNewDatabase, seedPresets } from './seed';
import { declareVersions } from './versions';

export const DB_NAME = 'otklik';

export interface RegulationRow {
  id: string;
  /** 'preset' rows are rewritten from the code; 'custom' rows belong to the user. */
  source: 'preset' | 'custom';
  /** The preset a custom regulation was copied from. */
  basedOn?: string;
  regulation: Regulation;
  updatedAt: number;
}

export interface SettingsRow {
  key: string;
  value: unknown;
}

/** One notification fired for a case's stage at a threshold (working minutes before due; 0 = overdue). */
export interface NotifiedRow {
  caseId: string;
  stage: string;
  threshold: number;
  /** The due moment the notification was about; a moved deadline may notify again. */
  dueAt: number;
  firedAt: number;
}

export class OtklikDB extends Dexie {
  cases!: Table<CaseRow, string>;
  people!: Table<Person, string>;
  topics!: Table<Topic, string>;
  locations!: Table<Location, string>;
  templates!: Table<Template, string>;
  regulations!: Table<RegulationRow, string>;
  settings!: Table<SettingsRow, string>;
  notified!: Table<NotifiedRow, [string, string, number]>;

  constructor(name: string = DB_NAME) {
    // Live queries hand out their cached results frozen instead of deep-copying them for every
    // subscriber (10,000 cases: ~200 ms in Chromium). Nothing may mutate a live query's result:
    // copy before sorting or editing (useOptionsData does).
    super(name, { cache: 'immutable' });
    declareVersions(this);
    this.on('populate', (tx) => seedNewDatabase(tx.db));
    this.on('ready', (db) => seedPresets(db));
  }
}

let shared: OtklikDB | undefined;

/** The database of this extension context, created on first use. */
export function getDatabase(): OtklikDB {
  shared ??= new OtklikDB();
  return shared;
}
