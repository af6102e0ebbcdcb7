/**
 * `npm run bench`: runs every test/bench/*.bench.ts module (each measures one area against the
 * budgets in DESIGN.md) and prints one table. Exit code 1 when a budget is missed.
 * `npm run bench -- worktime` runs only the modules whose file name contains "worktime".
 */
import 'fake-indexeddb/auto';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchModule, BenchRow } from './types';

const dir = import.meta.dirname;
const filter = process.argv[2];
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts') && (!filter || file.includes(filter)))
  .sort();

const rows: Array<BenchRow & { module: string }> = [];
for (const file of files) {
  const module = (await import(pathToFileURL(resolve(dir, file)).href)) as BenchModule;
  try {
    for (const row of await module.run()) rows.push({ ...row, module: file.replace('.bench.ts', '') });
  } catch (error) {
    rows.push({ module: file, name: 'failed to run', value: NaN, unit: '', budget: '', pass: false, note: String(error) });
  }
}

const format = (value: number) =>
  Number.isFinite(value) ? (Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-US') : value.toFixed(value < 10 ? 2 : 1)) : '—';
const table = rows.map((row) => ({
  area: row.module,
  measure: row.name,
  value: `${format(row.value)} ${row.unit}`.trim(),
  budget: row.budget,
  result: row.pass ? 'ok' : 'OVER BUDGET',
  note: row.note ?? '',
}));
const headers = ['area', 'measure', 'value', 'budget', 'result', 'note'] as const;
const widths = headers.map((h) => Math.max(h.length, ...table.map((r) => r[h].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line([...headers]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table) console.log(line(headers.map((h) => row[h])));
const missed = rows.filter((row) => !row.pass).length;
console.log(missed ? `\n${missed} measure(s) over budget.` : `\nAll ${rows.length} measures within budget.`);
process.exit(missed ? 1 : 0);
