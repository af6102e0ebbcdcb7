/** The quarterly report (seed 000 p. 17): pure aggregation over cases and its CSV/XLSX writers. */
export { buildReport, type ReportDirectory, type ReportInput } from './aggregate';
export { caseOutcome, outcomeOf, type CaseOutcome, type Outcome } from './outcome';
export { figuresOf, mean, percentile, changeOf } from './figures';
export {
  currentMonth,
  currentQuarter,
  customPeriod,
  inPeriod,
  monthPeriod,
  periodDays,
  periodWeeks,
  previousPeriod,
  quarterOf,
  quarterPeriod,
  type PeriodKind,
  type ReportPeriod,
} from './period';
export { networkLabel, periodLabel, tReport } from './labels';
export { reportDocument, findTable, cellType, cellValue, isTypedCell, type Cell, type Column, type ColumnType, type ReportDocument, type ReportTable } from './tables';
export { reportToCsv, CSV_BOM } from './csv';
export { reportToXlsx, reportFileName, reportWorkbook } from './export';
export { writeXlsx, XLSX_MIME } from './xlsx';
export type * from './types';
