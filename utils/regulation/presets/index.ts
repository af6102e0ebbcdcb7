/**
 * The five presets, one per seed document, by id. Each is validated by the schema in the tests;
 * a user copies one (copyRegulation) to adapt it to another municipality.
 */
import type { Regulation } from '../schema';
import { blagoveshchensk } from './blagoveshchensk';
import { bolshoyBeysug } from './bolshoy-beysug';
import { idrinsky } from './idrinsky';
import { korenovsk } from './korenovsk';
import { luga } from './luga';

export type PresetId = 'bolshoy-beysug' | 'idrinsky' | 'blagoveshchensk' | 'korenovsk' | 'luga';

export const regulationPresets: Readonly<Record<PresetId, Regulation>> = {
  'bolshoy-beysug': bolshoyBeysug,
  idrinsky,
  blagoveshchensk,
  korenovsk,
  luga,
};

/**
 * Korenovsk (seed 003) is the default: it is the only seed that states every term in working time
 * (no inferred clocks), it covers VK, OK and Telegram — the networks the extension works in —, it
 * has the full chain the product supports (routing, return and re-routing, clarification, several
 * executors, approval with listed refusal reasons, high importance, interim → final), and it
 * follows the regional model (Krasnodar governor's decree № 478) with the common 8-working-hour
 * answer term.
 */
export const DEFAULT_REGULATION_ID: PresetId = 'korenovsk';

export function isPresetId(id: string): id is PresetId {
  return Object.hasOwn(regulationPresets, id);
}
