/**
 * CSV as Russian Excel opens it with a double click: UTF-8 with a BOM, `;` between fields, CRLF
 * line ends, a decimal comma, dates as ISO text in the administration's zone ('2026-03-31 17:50').
 * Percent cells are written as percents ('87,5'; the header says «, %»), working minutes as whole
 * minutes. Text that Excel would run as a formula (starting with = + - @) gets a leading
 * apostrophe: captured text is data, never a formula.
 */
import { formatLocalDateTime } from '../worktime/zone';
import { cellType, cellValue, type Cell, type Column, type ReportDocument, type ReportTable } from './tables';

export const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';
const EOL = '\r\n';

/** Fixed decimals with a comma: 87.5 → '87,5', 100 → '100,0', −0.01 → '0,0'. */
function decimal(value: number, digits: number): string {
  const fixed = value.toFixed(digits);
  return (Number(fixed) === 0 ? (0).toFixed(digits) : fixed).replace('.', ',');
}

export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvCell(cell: Cell, column: Column, timeZone: string): string {
  const value = cellValue(cell);
  if (value === null) return '';
  if (typeof value === 'string') return csvText(value);
  switch (cellType(cell, column)) {
    case 'percent':
      return decimal(value * 100, 1);
    case 'minutes':
    case 'integer':
      return String(Math.round(value));
    case 'datetime':
      return formatLocalDateTime(value, timeZone);
    default:
      return csvText(String(value));
  }
}

function tableLines(table: ReportTable, timeZone: string): string[] {
  return [
    csvText(table.title),
    table.columns.map((c) => csvText(c.header)).join(SEPARATOR),
    ...table.rows.map((row) => row.map((cell, i) => csvCell(cell, table.columns[i]!, timeZone)).join(SEPARATOR)),
  ];
}

/** The whole document: a heading block, then each table with its title, separated by empty lines. */
export function reportToCsv(doc: ReportDocument, tables: ReportTable['id'][] = doc.tables.map((t) => t.id)): string {
  const blocks: string[][] = [[csvText(doc.title), csvText(doc.municipality), ...doc.subtitle.map(csvText)]];
  for (const table of doc.tables) if (tables.includes(table.id)) blocks.push(tableLines(table, doc.timeZone));
  return CSV_BOM + blocks.map((lines) => lines.join(EOL)).join(EOL + EOL) + EOL;
}
