/**
 * The quarterly report (seed 000 p. 17) on screen and on A4: the headline figures with their
 * change against the previous period, two small charts, the tables (stages, executors,
 * departments, topics, locations, networks, late cases, weeks), and the CSV/XLSX downloads.
 */
import { useEffect, useState } from 'preact/hooks';
import { reportToCsv } from '../../utils/report/csv';
import { reportFileName, reportToXlsx } from '../../utils/report/export';
import { periodLabel, tReport } from '../../utils/report/labels';
import { quarterOf } from '../../utils/report/period';
import { findTable } from '../../utils/report/tables';
import { XLSX_MIME } from '../../utils/report/xlsx';
import { zonedParts } from '../../utils/worktime/zone';
import { downloadFile } from '../options/files';
import { Alert, Button, Card, EmptyState, Toolbar } from '../ui/index';
import { ExecutorBars } from './ExecutorBars';
import { tRep } from './messages';
import { PeriodPicker, periodOf, type PeriodChoice } from './PeriodPicker';
import { ReportTableView } from './ReportTableView';
import { SummaryCards } from './SummaryCards';
import { useReport, useReportSource } from './useReportData';
import { WeeklyLine } from './WeeklyLine';

function initialChoice(now: number, timeZone: string): PeriodChoice {
  const p = zonedParts(now, timeZone);
  const today = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  return { kind: 'quarter', year: p.year, quarter: quarterOf(p.month), month: p.month, start: `${today.slice(0, 8)}01`, end: today };
}

export function ReportView({ now: openedAt }: { now: number }) {
  const source = useReportSource();
  const [choice, setChoice] = useState<PeriodChoice | undefined>();
  const [now, setNow] = useState(openedAt);
  // Open cases are judged at the moment of the data: re-read the clock whenever the cases change.
  useEffect(() => {
    if (source.cases) setNow(Date.now());
  }, [source.cases]);
  const current = choice ?? initialChoice(openedAt, source.timeZone);
  const period = periodOf(current, source.timeZone);
  const { report, doc } = useReport(source, period, now);
  const thisYear = zonedParts(openedAt, source.timeZone).year;
  const years = Array.from({ length: 6 }, (_, i) => thisYear - 4 + i);

  if (source.error) return <Alert tone="danger">{String(source.error)}</Alert>;
  return (
    <Card title={tReport('title')} class="report" data-testid="section-report">
      <header class="report-print-header">
        <p class="report-print-title">{tReport('title')}</p>
        <p class="report-municipality" data-testid="report-municipality">
          {source.municipality}
        </p>
        {period && (
          <p data-testid="report-period-label">
            {tReport('periodLine', { period: periodLabel(period) })} · {tReport('previousLine', { period: periodLabel(report?.previousPeriod ?? period) })}
          </p>
        )}
        {doc && <p class="ui-muted">{doc.subtitle.slice(2).join(' ')}</p>}
      </header>
      <PeriodPicker choice={current} onChange={setChoice} years={years} />
      <Toolbar label={tRep('period')}>
        <Button onClick={() => setNow(Date.now())}>{tRep('refresh')}</Button>
        <Button disabled={!doc} onClick={() => doc && period && downloadFile(reportFileName(period, 'csv'), 'text/csv;charset=utf-8', reportToCsv(doc))} data-testid="report-csv">
          {tRep('exportCsv')}
        </Button>
        <Button disabled={!doc} onClick={() => doc && period && downloadFile(reportFileName(period, 'xlsx'), XLSX_MIME, reportToXlsx(doc))} data-testid="report-xlsx">
          {tRep('exportXlsx')}
        </Button>
        <Button onClick={() => window.print()} data-testid="report-print">
          {tRep('print')}
        </Button>
      </Toolbar>
      {!period ? (
        <Alert tone="warning" data-testid="report-no-period">
          {tRep('choosePeriod')}
        </Alert>
      ) : !report || !doc ? (
        <p class="ui-muted">{tRep('loading')}</p>
      ) : (
        <div class="report-body" data-testid="report-body">
          <section class="report-section">
            <h3>{tReport('summary')}</h3>
            {report.summary.captured === 0 && <EmptyState title={tRep('empty')} />}
            <SummaryCards report={report} />
            <ReportTableView table={findTable(doc, 'summary')} timeZone={doc.timeZone} />
            <div class="report-charts">
              <ExecutorBars rows={report.byExecutor} />
              <WeeklyLine weeks={report.weeks} />
            </div>
          </section>
          <section class="report-section">
            <h3>{tReport('stages')}</h3>
            <ReportTableView table={findTable(doc, 'stages')} timeZone={doc.timeZone} />
          </section>
          {(['byExecutor', 'byDepartment', 'byTopic', 'byLocation', 'byNetwork'] as const).map((id) => (
            <section class="report-section" key={id}>
              <h3>{tReport(id)}</h3>
              <ReportTableView table={findTable(doc, id)} timeZone={doc.timeZone} />
            </section>
          ))}
          <section class="report-section" data-testid="report-late">
            <h3>{tReport('late')}</h3>
            {report.late.length === 0 ? <p class="ui-muted">{tRep('noLate')}</p> : <ReportTableView table={findTable(doc, 'late')} timeZone={doc.timeZone} link={{ from: 12, into: 4 }} />}
          </section>
          <section class="report-section">
            <h3>{tReport('weekly')}</h3>
            <ReportTableView table={findTable(doc, 'weekly')} timeZone={doc.timeZone} />
          </section>
        </div>
      )}
    </Card>
  );
}
