/**
 * The report as a document of typed tables, in the current locale: the one model the page, the
 * CSV writer and the XLSX writer all read, so the screen and the files never disagree.
 *
 * Cell types: 'text'; 'integer'; 'minutes' (working minutes, rounded to whole minutes in files);
 * 'percent' (a fraction 0..1); 'datetime' (epoch ms, shown in the document's time zone).
 * A cell may carry its own type (the summary mixes counts, shares and minutes in one column).
 */
import { getLocale } from '../i18n/index';
import { formatLocalDateTime } from '../worktime/zone';
import { networkLabel, periodLabel, tReport } from './labels';
import type { Change, Figures, GroupRow, Report } from './types';

export type ColumnType = 'text' | 'integer' | 'minutes' | 'percent' | 'datetime';

export interface Column {
  header: string;
  type: ColumnType;
  /** Width in characters (XLSX column width, a hint for the page). */
  width: number;
}

export interface TypedCell {
  type: ColumnType;
  value: number | null;
}

export type Cell = string | number | null | TypedCell;

export interface ReportTable {
  id: 'summary' | 'stages' | 'byExecutor' | 'byDepartment' | 'byTopic' | 'byLocation' | 'byNetwork' | 'late' | 'weekly';
  title: string;
  columns: Column[];
  rows: Cell[][];
}

export interface ReportDocument {
  title: string;
  municipality: string;
  /** Lines under the title: the period, the comparison, the moment of the data. */
  subtitle: string[];
  timeZone: string;
  tables: ReportTable[];
}

export function isTypedCell(cell: Cell): cell is TypedCell {
  return typeof cell === 'object' && cell !== null;
}

export function cellType(cell: Cell, column: Column): ColumnType {
  return isTypedCell(cell) ? cell.type : column.type;
}

export function cellValue(cell: Cell): string | number | null {
  return isTypedCell(cell) ? cell.value : cell;
}

const col = (header: string, type: ColumnType, width: number): Column => ({ header, type, width });

type SummaryMetric = Exclude<keyof Figures, never>;
const SUMMARY_ROWS: Array<[SummaryMetric, ColumnType]> = [
  ['captured', 'integer'],
  ['answered', 'integer'],
  ['answeredOnTime', 'integer'],
  ['onTimeShare', 'percent'],
  ['overdue', 'integer'],
  ['overdueOpen', 'integer'],
  ['open', 'integer'],
  ['notSubject', 'integer'],
  ['appeal', 'integer'],
  ['averageMinutes', 'minutes'],
  ['p90Minutes', 'minutes'],
];

function summaryTable(report: Report): ReportTable {
  const rows: Cell[][] = SUMMARY_ROWS.map(([metric, type]) => {
    const change: Change = report.dynamics[metric];
    return [
      tReport(metric),
      { type, value: change.current },
      { type, value: change.previous },
      { type: type === 'percent' ? 'percent' : type, value: change.delta },
      { type: 'percent', value: change.relative },
    ];
  });
  rows.push([tReport('answeredFromEarlier'), { type: 'integer', value: report.answeredFromEarlier }, null, null, null]);
  if (report.withoutRegulation > 0) rows.push([tReport('withoutRegulation'), { type: 'integer', value: report.withoutRegulation }, null, null, null]);
  return {
    id: 'summary',
    title: tReport('summary'),
    columns: [col(tReport('metric'), 'text', 48), col(periodLabel(report.period), 'integer', 16), col(periodLabel(report.previousPeriod), 'integer', 16), col(tReport('change'), 'integer', 12), col(tReport('changePercent'), 'percent', 14)],
    rows,
  };
}

function stagesTable(report: Report): ReportTable {
  const locale = getLocale();
  return {
    id: 'stages',
    title: tReport('stages'),
    columns: [
      col(tReport('stage'), 'text', 44),
      col(tReport('clause'), 'text', 12),
      col(tReport('total'), 'integer', 9),
      col(tReport('done'), 'integer', 11),
      col(tReport('doneOnTime'), 'integer', 9),
      col(tReport('stageLate'), 'integer', 12),
      col(tReport('pending'), 'integer', 12),
      col(tReport('onTimeShare'), 'percent', 12),
    ],
    rows: report.stages.map((s) => [s.label[locale], s.clause, s.total, s.done, s.doneOnTime, s.late, s.pending, s.onTimeShare]),
  };
}

function groupTable(id: ReportTable['id'], title: string, nameHeader: string, rows: GroupRow[], emptyLabel: string, labelOf: (row: GroupRow) => string = (row) => row.label): ReportTable {
  return {
    id,
    title,
    columns: [
      col(nameHeader, 'text', 32),
      col(tReport('captured'), 'integer', 11),
      col(tReport('answered'), 'integer', 11),
      col(tReport('answeredOnTime'), 'integer', 11),
      col(tReport('overdue'), 'integer', 11),
      col(tReport('notSubject'), 'integer', 11),
      col(tReport('appeal'), 'integer', 11),
      col(tReport('onTimeShare'), 'percent', 11),
      col(tReport('averageMinutes'), 'minutes', 14),
      col(tReport('p90Minutes'), 'minutes', 14),
    ],
    rows: rows.map((row) => [
      row.key === '' ? emptyLabel : labelOf(row),
      row.captured,
      row.answered,
      row.answeredOnTime,
      row.overdue,
      row.notSubject,
      row.appeal,
      row.onTimeShare,
      row.averageMinutes,
      row.p90Minutes,
    ]),
  };
}

function lateTable(report: Report): ReportTable {
  const locale = getLocale();
  return {
    id: 'late',
    title: tReport('late'),
    columns: [
      col(tReport('number'), 'integer', 5),
      col(tReport('detectedAt'), 'datetime', 17),
      col(tReport('network'), 'text', 14),
      col(tReport('author'), 'text', 22),
      col(tReport('message'), 'text', 48),
      col(tReport('executors'), 'text', 24),
      col(tReport('topic'), 'text', 18),
      col(tReport('stage'), 'text', 30),
      col(tReport('due'), 'datetime', 17),
      col(tReport('answeredAt'), 'datetime', 17),
      col(tReport('lateMinutes'), 'minutes', 12),
      col(tReport('otherLate'), 'text', 30),
      col(tReport('link'), 'text', 36),
    ],
    rows: report.late.map((row, i) => [
      i + 1,
      row.detectedAt,
      networkLabel(row.network),
      row.author,
      row.excerpt,
      row.executors.join(', '),
      row.topic,
      row.stage[locale],
      row.due,
      row.answeredAt ?? null,
      row.lateMinutes,
      row.otherLateStages.map((label) => label[locale]).join('; '),
      row.url,
    ]),
  };
}

function weeklyTable(report: Report): ReportTable {
  const dmy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
  return {
    id: 'weekly',
    title: tReport('weekly'),
    columns: [col(tReport('week'), 'text', 14), col(tReport('weekCaptured'), 'integer', 11), col(tReport('weekAnswered'), 'integer', 13)],
    rows: report.weeks.map((w) => [dmy(w.monday), w.captured, w.answered]),
  };
}

export function reportDocument(report: Report, municipality: string): ReportDocument {
  const zone = report.period.timeZone;
  return {
    title: tReport('title'),
    municipality,
    subtitle: [
      tReport('periodLine', { period: periodLabel(report.period) }),
      tReport('previousLine', { period: periodLabel(report.previousPeriod) }),
      tReport('asOf', { at: formatLocalDateTime(report.generatedAt, zone), zone }),
      tReport('cohortNote'),
    ],
    timeZone: zone,
    tables: [
      summaryTable(report),
      stagesTable(report),
      groupTable('byExecutor', tReport('byExecutor'), tReport('executor'), report.byExecutor, tReport('noExecutor')),
      groupTable('byDepartment', tReport('byDepartment'), tReport('department'), report.byDepartment, tReport('notSet')),
      groupTable('byTopic', tReport('byTopic'), tReport('topic'), report.byTopic, tReport('notSet')),
      groupTable('byLocation', tReport('byLocation'), tReport('location'), report.byLocation, tReport('notSet')),
      groupTable('byNetwork', tReport('byNetwork'), tReport('network'), report.byNetwork, tReport('notSet'), (row) => networkLabel(row.key)),
      lateTable(report),
      weeklyTable(report),
    ],
  };
}

export function findTable(doc: ReportDocument, id: ReportTable['id']): ReportTable {
  return doc.tables.find((table) => table.id === id)!;
}
