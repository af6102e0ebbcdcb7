/** One table of the report document, formatted for the screen and for print (the files use the same model). */
import { cellType, cellValue, type ReportTable } from '../../utils/report/tables';
import { formatLocalDateTime } from '../../utils/worktime/zone';
import { formatMinutes, formatPercent } from './messages';

function format(value: string | number | null, type: string, zone: string): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (type === 'percent') return formatPercent(value);
  if (type === 'minutes') return formatMinutes(value);
  if (type === 'datetime') {
    const [date, time] = formatLocalDateTime(value, zone).split(' ');
    return `${date!.slice(8, 10)}.${date!.slice(5, 7)}.${date!.slice(0, 4)} ${time}`;
  }
  return String(Math.round(value));
}

/** `link`: the column holding a URL (not shown) and the column whose text links to it. */
export function ReportTableView({ table, timeZone, link }: { table: ReportTable; timeZone: string; link?: { from: number; into: number } }) {
  const linkColumn = link?.from;
  return (
    <div class="report-table-wrap">
      <table class="report-table" data-testid={`report-table-${table.id}`}>
        <thead>
          <tr>
            {table.columns.map((c, i) => (i === linkColumn ? null : <th key={i} class={c.type === 'text' ? undefined : 'report-num'}>{c.header}</th>))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => {
                if (i === linkColumn) return null;
                const type = cellType(cell, table.columns[i]!);
                const text = format(cellValue(cell), type, timeZone);
                const href = link && i === link.into ? String(cellValue(row[link.from]!) ?? '') : '';
                return (
                  <td key={i} class={type === 'text' ? undefined : 'report-num'}>
                    {href.startsWith('https://') || href.startsWith('http://') ? (
                      <a href={href} target="_blank" rel="noreferrer noopener">
                        {text}
                      </a>
                    ) : (
                      text
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
