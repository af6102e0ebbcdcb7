/** Regulations as data: the file format, its import/export, and the five presets. */
export * from './vocabulary';
export {
  REGULATION_FORMAT_VERSION,
  regulationSchema,
  stageRuleSchema,
  termSchema,
  conditionSchema,
  eventRefSchema,
  weekSchema,
  labelSchema,
  type Regulation,
  type StageRule,
  type StageVariant,
  type Term,
  type Condition,
  type EventRef,
  type Label,
  type LocalizedText,
  type Reading,
  type Role,
  type WeekSchedule,
  type DurationUnit,
  type Clock,
} from './schema';
export { parseRegulation, serializeRegulation, copyRegulation, MAX_REGULATION_JSON_CHARS } from './io';
export { regulationPresets, DEFAULT_REGULATION_ID, isPresetId, type PresetId } from './presets';
export { describeStageRule, describeTerm, describeCondition } from './describe';
