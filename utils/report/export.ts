/**
 * The report's files: the XLSX workbook (a summary sheet with the heading, the summary, the stages
 * and the weeks; then one sheet per breakdown and the late cases) and file names built from the
 * period, so a folder of quarterly reports sorts by date.
 */
import { tReport } from './labels';
import type { ReportPeriod } from './period';
import { cellType, cellValue, findTable, type Cell, type Column, type ReportDocument, type ReportTable } from './tables';
import { writeXlsx, type XlsxCell, type XlsxSheet } from './xlsx';

function xlsxCell(cell: Cell, column: Column): XlsxCell {
  const value = cellValue(cell);
  if (value === null) return null;
  if (typeof value === 'string') return { kind: 'text', value };
  switch (cellType(cell, column)) {
    case 'datetime':
      return { kind: 'date', value };
    case 'percent':
      return { kind: 'number', value, format: 'percent' };
    case 'minutes':
    case 'integer':
      return { kind: 'number', value: Math.round(value), format: 'integer' };
    default:
      return { kind: 'text', value: String(value) };
  }
}

function tableRows(table: ReportTable): XlsxCell[][] {
  return [
    table.columns.map((c): XlsxCell => ({ kind: 'text', value: c.header, style: 'header' })),
    ...table.rows.map((row) => row.map((cell, i) => xlsxCell(cell, table.columns[i]!))),
  ];
}

/** One table on its own sheet, header row frozen. */
function tableSheet(table: ReportTable, name = table.title): XlsxSheet {
  return { name, rows: tableRows(table), widths: table.columns.map((c) => c.width), freezeFirstRow: true };
}

function summarySheet(doc: ReportDocument): XlsxSheet {
  const blocks = (['summary', 'stages', 'weekly'] as const).map((id) => findTable(doc, id));
  const rows: XlsxCell[][] = [
    [{ kind: 'text', value: doc.title, style: 'title' }],
    [{ kind: 'text', value: doc.municipality }],
    ...doc.subtitle.map((line): XlsxCell[] => [{ kind: 'text', value: line }]),
  ];
  for (const table of blocks) {
    rows.push([], [{ kind: 'text', value: table.title, style: 'title' }], ...tableRows(table));
  }
  const width = Math.max(...blocks.map((t) => t.columns.length));
  const widths = Array.from({ length: width }, (_, i) => Math.max(...blocks.map((t) => t.columns[i]?.width ?? 0)));
  return { name: tReport('summary'), rows, widths };
}

export function reportWorkbook(doc: ReportDocument): XlsxSheet[] {
  const sheet = (id: ReportTable['id']) => tableSheet(findTable(doc, id));
  return [summarySheet(doc), sheet('byExecutor'), sheet('byDepartment'), sheet('byTopic'), sheet('byLocation'), sheet('byNetwork'), sheet('late')];
}

export function reportToXlsx(doc: ReportDocument): Uint8Array {
  return writeXlsx(reportWorkbook(doc), doc.timeZone);
}

/** 'otklik-report-2026-01-01_2026-03-31.csv' */
export function reportFileName(period: Pick<ReportPeriod, 'startDate' | 'endDate'>, extension: 'csv' | 'xlsx'): string {
  return `otklik-report-${period.startDate}_${period.endDate}.${extension}`;
}
