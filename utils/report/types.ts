/**
 * The report's input and output shapes. The input case is structural: a stored CaseRow fits, and
 * so does a bare object in a test.
 */
import type { Case } from '../cases/schema';
import type { Label } from '../regulation/schema';
import type { StageId } from '../regulation/vocabulary';
import type { ReportPeriod } from './period';

export type ReportCase = Pick<
  Case,
  'id' | 'network' | 'url' | 'author' | 'text' | 'detectedAt' | 'postedAt' | 'events' | 'status' | 'executors' | 'topic' | 'location' | 'importance' | 'regulationId'
>;

/** The figures of one period, for the whole administration or one group (executor, topic…). */
export interface Figures {
  /** Messages detected in the period. */
  captured: number;
  /** Of them: an answer (or an interim answer, or an explanation) has been published. */
  answered: number;
  /** Of the answered: the whole answer was published by its due minute. */
  answeredOnTime: number;
  /** The answer term was missed: answered late, or still unanswered after its due moment. */
  overdue: number;
  /** Of the overdue: still without an answer. */
  overdueOpen: number;
  /** Still in work: no outcome yet (an interim answer counts as an outcome here). */
  open: number;
  notSubject: number;
  appeal: number;
  /** answeredOnTime / answered; null when nothing was answered. */
  onTimeShare: number | null;
  /** Working minutes from detection to the answer: mean and 90th percentile (nearest rank). */
  averageMinutes: number | null;
  p90Minutes: number | null;
}

export interface GroupRow extends Figures {
  /** Person id, topic, location, network, department name; '' for «not set». */
  key: string;
  label: string;
}

export interface StageRow {
  stage: StageId;
  label: Label;
  clause: string;
  /** Stages that started for the period's cases (optional ones only when they happened). */
  total: number;
  done: number;
  doneOnTime: number;
  /** Done late, or still open after the due moment. */
  late: number;
  /** Not done yet and not late yet. */
  pending: number;
  /** doneOnTime / done; null when none was done. */
  onTimeShare: number | null;
}

export interface LateCaseRow {
  caseId: string;
  detectedAt: number;
  network: ReportCase['network'];
  url: string;
  author: string;
  excerpt: string;
  executors: string[];
  topic: string;
  location: string;
  stage: Label;
  due: number;
  answeredAt?: number;
  /** Working minutes past the due moment (to the answer, or to the report's `now`). */
  lateMinutes: number;
  /** Other stages that were late, by label. */
  otherLateStages: Label[];
}

export interface WeekPoint {
  monday: string;
  from: number;
  to: number;
  /** Messages detected that week. */
  captured: number;
  /** Answers published that week, whenever the message was detected. */
  answered: number;
}

export type MetricKey = keyof Omit<Figures, never>;

export interface Change {
  current: number | null;
  previous: number | null;
  /** current − previous; null when either is null. */
  delta: number | null;
  /** delta / previous; null when previous is 0 or null. */
  relative: number | null;
}

export interface Report {
  period: ReportPeriod;
  previousPeriod: ReportPeriod;
  /** When the report was computed: open cases are judged at this moment. */
  generatedAt: number;
  summary: Figures;
  previous: Figures;
  dynamics: Record<keyof Figures, Change>;
  /** Answers published in the period to messages detected before it. */
  answeredFromEarlier: number;
  stages: StageRow[];
  byExecutor: GroupRow[];
  byDepartment: GroupRow[];
  byTopic: GroupRow[];
  byLocation: GroupRow[];
  byNetwork: GroupRow[];
  late: LateCaseRow[];
  weeks: WeekPoint[];
  /** Cases whose regulation was not found: counted, but without deadlines. */
  withoutRegulation: number;
}
