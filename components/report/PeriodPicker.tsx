/** Choosing the report's period: a quarter (default: the current one), a month, or any span of days. */
import { customPeriod, customPeriodProblem, monthPeriod, quarterPeriod, type PeriodKind, type ReportPeriod } from '../../utils/report/period';
import { getLocale } from '../../utils/i18n/index';
import { MONTH_NAMES } from '../options/worktime/messages';
import { Select, TextField } from '../ui/index';
import { tRep } from './messages';

export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  month: number;
  start: string;
  end: string;
}

/** The period chosen, or undefined while a custom span is not valid. */
export function periodOf(choice: PeriodChoice, timeZone: string): ReportPeriod | undefined {
  if (choice.kind === 'quarter') return quarterPeriod(choice.year, choice.quarter, timeZone);
  if (choice.kind === 'month') return monthPeriod(choice.year, choice.month, timeZone);
  try {
    return customPeriod(choice.start, choice.end, timeZone);
  } catch {
    return undefined;
  }
}


export function PeriodPicker({ choice, onChange, years }: { choice: PeriodChoice; onChange: (choice: PeriodChoice) => void; years: number[] }) {
  const problem = choice.kind === 'custom' ? customPeriodProblem(choice.start, choice.end) : undefined;
  return (
    <div class="options-row report-period ui-no-print" data-testid="report-period">
      <Select
        label={tRep('period')}
        value={choice.kind}
        selectProps={{ 'data-testid': 'report-kind' }}
        options={[
          { value: 'quarter', label: tRep('kindQuarter') },
          { value: 'month', label: tRep('kindMonth') },
          { value: 'custom', label: tRep('kindCustom') },
        ]}
        onChange={(kind) => onChange({ ...choice, kind: kind as PeriodKind })}
      />
      {choice.kind !== 'custom' && (
        <Select
          label={tRep('year')}
          value={String(choice.year)}
          selectProps={{ 'data-testid': 'report-year' }}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(y) => onChange({ ...choice, year: Number(y) })}
        />
      )}
      {choice.kind === 'quarter' && (
        <Select
          label={tRep('quarter')}
          value={String(choice.quarter)}
          selectProps={{ 'data-testid': 'report-quarter' }}
          options={['I', 'II', 'III', 'IV'].map((q, i) => ({ value: String(i + 1), label: q }))}
          onChange={(q) => onChange({ ...choice, quarter: Number(q) as 1 | 2 | 3 | 4 })}
        />
      )}
      {choice.kind === 'month' && (
        <Select
          label={tRep('month')}
          value={String(choice.month)}
          selectProps={{ 'data-testid': 'report-month' }}
          options={MONTH_NAMES[getLocale()].map((m, i) => ({ value: String(i + 1), label: m }))}
          onChange={(m) => onChange({ ...choice, month: Number(m) })}
        />
      )}
      {choice.kind === 'custom' && (
        <>
          <TextField
            type="date"
            label={tRep('from')}
            value={choice.start}
            error={problem === 'noStart' ? tRep('noStart') : undefined}
            onInput={(start) => onChange({ ...choice, start })}
            inputProps={{ 'data-testid': 'report-from' }}
          />
          <TextField
            type="date"
            label={tRep('to')}
            value={choice.end}
            error={problem === 'noEnd' ? tRep('noEnd') : problem === 'endBeforeStart' ? tRep('badRange') : undefined}
            onInput={(end) => onChange({ ...choice, end })}
            inputProps={{ 'data-testid': 'report-to' }}
          />
        </>
      )}
    </div>
  );
}
