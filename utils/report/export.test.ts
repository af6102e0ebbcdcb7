// @vitest-environment happy-dom
/**
 * The report's files, written and read back: the CSV parsed as Excel would (BOM, `;`, quotes,
 * decimal comma), the XLSX unzipped with fflate and its XML parsed (DOMParser), both compared
 * with the document model the page shows.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/index';
import { buildReport } from './aggregate';
import { CSV_BOM, reportToCsv } from './csv';
import { reportFileName, reportToXlsx } from './export';
import { quarterPeriod } from './period';
import { findTable, reportDocument, type ReportDocument } from './tables';
import { buildCase, reportInput, seededCases, ZONE } from './test-cases';
import { columnName, excelSerial, sheetName } from './xlsx';

/** Splits CSV text as Excel does: `;` between fields, `"` quoting with `""` inside, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

interface XCell {
  type: string | null;
  style: string | null;
  value: string | number;
}

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/** The workbook's sheets by name, each a map of cell reference → typed value. */
function readXlsx(bytes: Uint8Array): { files: string[]; sheets: Map<string, Map<string, XCell>>; styles: Document } {
  const files = unzipSync(bytes);
  const xml = (path: string) => parseXml(strFromU8(files[path]!));
  const shared = [...xml('xl/sharedStrings.xml').getElementsByTagName('si')].map((si) => si.textContent ?? '');
  const names = [...xml('xl/workbook.xml').getElementsByTagName('sheet')].map((s) => s.getAttribute('name')!);
  const sheets = new Map<string, Map<string, XCell>>();
  names.forEach((name, i) => {
    const cells = new Map<string, XCell>();
    for (const c of xml(`xl/worksheets/sheet${i + 1}.xml`).getElementsByTagName('c')) {
      const raw = c.getElementsByTagName('v')[0]?.textContent ?? '';
      const type = c.getAttribute('t');
      cells.set(c.getAttribute('r')!, { type, style: c.getAttribute('s'), value: type === 's' ? shared[Number(raw)]! : Number(raw) });
    }
    sheets.set(name, cells);
  });
  return { files: Object.keys(files).sort(), sheets, styles: xml('xl/styles.xml') };
}

let doc: ReportDocument;
let book: ReturnType<typeof readXlsx>;
beforeAll(() => {
  setLocale('ru');
  const cases = seededCases();
  // A hostile author name and a text with the separator, quotes and a line break.
  const hostile = buildCase('z', '2026-02-02 10:00', [['routed', '2026-02-02 10:05', { executors: ['ivanov'] }]]);
  hostile.author = { name: '=HYPERLINK("http://evil.example","x")' };
  hostile.text = 'Двор; "срочно"\nфонарь';
  doc = reportDocument(buildReport(reportInput([...cases, hostile], quarterPeriod(2026, 1, ZONE), '2026-04-01 10:00')), 'Кореновское городское поселение');
  book = readXlsx(reportToXlsx(doc));
});

describe('CSV for Russian Excel', () => {
  it('starts with a BOM, separates by `;`, ends lines with CRLF', () => {
    const csv = reportToCsv(doc);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare line breaks: excerpts fold whitespace
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['Отчёт о работе с сообщениями в социальных сетях']);
    expect(rows[1]).toEqual(['Кореновское городское поселение']);
    expect(rows[2]).toEqual(['Период: I квартал 2026 г.']);
  });

  it('writes the summary with a decimal comma, percents as percents and whole working minutes', () => {
    const rows = parseCsv(reportToCsv(doc, ['summary']).slice(1));
    const row = (metric: string) => rows.find((r) => r[0] === metric);
    expect(rows.find((r) => r[0] === 'Показатель')).toEqual(['Показатель', 'I квартал 2026 г.', 'IV квартал 2025 г.', 'Изменение', 'Изменение, %']);
    // 9 captured with the hostile case (detected 02.02, never answered).
    expect(row('Выявлено сообщений')).toEqual(['Выявлено сообщений', '9', '2', '7', '350,0']);
    expect(row('Доля ответов в срок, %')).toEqual(['Доля ответов в срок, %', '75,0', '50,0', '25,0', '50,0']);
    // 307.75 → 308; 480; −172.25 → −172; −172.25 / 480 = −35.885… % → −35,9.
    expect(row('Среднее время до ответа, раб. мин')).toEqual(['Среднее время до ответа, раб. мин', '308', '480', '-172', '-35,9']);
  });

  it('reads back every table cell by cell as the page shows it', () => {
    const rows = parseCsv(reportToCsv(doc, ['byExecutor']).slice(1));
    const table = findTable(doc, 'byExecutor');
    const start = rows.findIndex((r) => r[0] === table.title);
    expect(rows[start + 1]).toEqual(table.columns.map((c) => c.header));
    expect(rows[start + 2]).toEqual(['Иванов И. И.', '4', '3', '3', '1', '0', '0', '100,0', '250', '480']);
    expect(rows[start + 3]).toEqual(['Петрова П. П.', '2', '1', '0', '1', '0', '1', '0,0', '481', '481']);
    expect(rows[start + 5]).toEqual(['— не назначен —', '2', '0', '0', '0', '1', '0', '', '', '']);
  });

  it('keeps captured text as data: formulas defused, separators and quotes quoted', () => {
    const rows = parseCsv(reportToCsv(doc, ['late']).slice(1));
    const hostile = rows.find((r) => r[3]?.includes('HYPERLINK'))!;
    expect(hostile[3]).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(hostile[4]).toBe('Двор; "срочно" фонарь'); // excerpts fold whitespace
    expect(hostile[1]).toBe('2026-02-02 10:00'); // ISO text in the administration's zone
  });
});

describe('XLSX', () => {
  it('is a valid package with the sheets, styles and shared strings', () => {
        expect(book.files).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/sheet4.xml',
      'xl/worksheets/sheet5.xml',
      'xl/worksheets/sheet6.xml',
      'xl/worksheets/sheet7.xml',
    ]);
    expect([...book.sheets.keys()]).toEqual(['Сводка', 'По исполнителям', 'По подразделениям', 'По темам', 'По территориям', 'По соцсетям', 'Просроченные дела']);
    const formats = [...book.styles.getElementsByTagName('numFmt')].map((f) => f.getAttribute('formatCode'));
    expect(formats).toEqual(['yyyy\\-mm\\-dd hh:mm', '0.0%']);
  });

  it('writes numbers as numbers, shares as percent-formatted fractions, a bold header row', () => {
    const sheet = book.sheets.get('По исполнителям')!;
    const table = findTable(doc, 'byExecutor');
    table.columns.forEach((column, i) => {
      expect(sheet.get(`${columnName(i)}1`)).toEqual({ type: 's', style: '1', value: column.header });
    });
    expect(sheet.get('A2')).toMatchObject({ type: 's', value: 'Иванов И. И.' });
    expect(sheet.get('B2')).toEqual({ type: null, style: '5', value: 4 });
    expect(sheet.get('H2')).toEqual({ type: null, style: '3', value: 1 });
    expect(sheet.get('I2')).toEqual({ type: null, style: '5', value: 250 });
    expect(sheet.get('H5')).toBeUndefined(); // no share when nothing was answered
  });

  it('writes dates as Excel dates of the Moscow wall clock, whatever the machine’s zone', () => {
    const sheet = book.sheets.get('Просроченные дела')!;
    // Row 3 is F (after the hostile case, late since February), detected Mon 2026-03-30 14:00 MSK:
    // 2026-01-01 is day 46023, +88 days, +14 h.
    expect(sheet.get('B3')!.style).toBe('2');
    expect(sheet.get('B3')!.value).toBeCloseTo(46111 + 14 / 24, 8);
    expect(sheet.get('K3')!.value).toBe(540);
    expect(sheet.get('J3')).toBeUndefined(); // not answered yet
    expect(sheet.get('J4')!.value).toBeCloseTo(46099 + 10 / 24 + 1 / 1440, 8); // B, answered Wed 18.03 10:01
  });

  it('puts the heading, the summary, the stages and the weeks on the first sheet', () => {
    const sheet = book.sheets.get('Сводка')!;
    expect(sheet.get('A1')).toMatchObject({ style: '4', value: 'Отчёт о работе с сообщениями в социальных сетях' });
    const values = [...sheet.values()].map((c) => c.value);
    expect(values).toContain('Этапы: соблюдение сроков');
    expect(values).toContain('По неделям');
    expect(values).toContain(0.75);
  });
});

describe('writer details', () => {
  it('names columns, sheets and files', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    const taken = new Set<string>();
    expect(sheetName('Дела: [просрочки]/итог', taken)).toBe('Дела   просрочки  итог');
    expect(sheetName('Сводка', taken)).toBe('Сводка');
    expect(sheetName('сводка', taken)).toBe('сводка 2');
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
    expect(reportFileName(quarterPeriod(2026, 1, ZONE), 'xlsx')).toBe('otklik-report-2026-01-01_2026-03-31.xlsx');
  });

  it('converts instants to the zone’s wall clock as Excel serial days', () => {
    expect(excelSerial(Date.UTC(1970, 0, 1), 'UTC')).toBe(25569);
    expect(excelSerial(Date.UTC(2026, 0, 1, 0, 0), 'Asia/Yakutsk')).toBeCloseTo(46023 + 9 / 24, 8);
  });
});
