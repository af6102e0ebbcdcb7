// @vitest-environment happy-dom
/**
 * The report page over the page's database: the current quarter by default with the previous one
 * beside it, the two small charts, a month or any span of days, and a span that is not one: a
 * Russian message, no figures and no files.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../utils/i18n/index';
import { periodLabel } from '../../utils/report/labels';
import { currentMonth, currentQuarter, previousPeriod } from '../../utils/report/period';
import { addPerson, byTestId, dbApi, mount, resetDatabase, seedCase, setValue, waitFor } from '../case/test-support';
import { ReportView } from './ReportView';
import { fieldError } from '../test-dom';

const ZONE = 'Europe/Moscow'; // Korenovsk, the default regulation
let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());
beforeEach(async () => {
  setLocale('ru');
  await resetDatabase();
  await addPerson('ivanova', 'Мария Иванова', { department: 'Отдел ЖКХ' });
});

const card = (root: HTMLElement, metric: string) => byTestId(root, `report-card-${metric}`)!.querySelector('.report-card__value')!.textContent;

describe('ReportView', () => {
  it('opens on the current quarter against the previous one, with the figures, tables and two charts', async () => {
    const answered = await seedCase();
    await dbApi().appendEvent(answered, { type: 'routed', data: { executors: ['ivanova'], topic: 'Освещение' } }, 1);
    await dbApi().appendEvent(answered, { type: 'rejected', data: { reason: 'obscene' } }, 2);
    await seedCase();
    const now = Date.now();
    view = mount(<ReportView now={now} />);
    const root = view.root;
    await waitFor(() => byTestId(root, 'report-body'));
    const quarter = currentQuarter(now, ZONE);
    expect(byTestId(root, 'report-period-label')!.textContent).toBe(`Период: ${periodLabel(quarter)} · Сравнение с периодом: ${periodLabel(previousPeriod(quarter))}`);
    expect(card(root, 'captured')).toBe('2');
    expect(card(root, 'notSubject')).toBe('1');
    expect(byTestId(root, 'report-table-byTopic')!.textContent).toContain('Освещение');
    expect(byTestId(root, 'chart-executors')!.querySelector('svg')).not.toBeNull();
    expect(byTestId(root, 'chart-weekly')!.querySelector('svg')).not.toBeNull();
    expect((byTestId(root, 'report-csv') as HTMLButtonElement).disabled).toBe(false);
  });

  it('switches to a month and to a span of days, and refuses a span that is not one', async () => {
    await seedCase();
    const now = Date.now();
    view = mount(<ReportView now={now} />);
    const root = view.root;
    await waitFor(() => byTestId(root, 'report-body'));

    setValue(byTestId(root, 'report-kind'), 'month');
    await waitFor(() => byTestId(root, 'report-period-label')!.textContent!.startsWith(`Период: ${periodLabel(currentMonth(now, ZONE))}`));
    expect(byTestId(root, 'report-month')).not.toBeNull();

    setValue(byTestId(root, 'report-kind'), 'custom');
    setValue(byTestId(root, 'report-from'), '2026-03-10');
    setValue(byTestId(root, 'report-to'), '2026-03-01');
    expect(fieldError(byTestId(root, 'report-to'))).toBe('Конец периода раньше начала');
    await waitFor(() => byTestId(root, 'report-no-period'));
    expect(byTestId(root, 'report-body')).toBeNull();
    expect((byTestId(root, 'report-csv') as HTMLButtonElement).disabled).toBe(true);
    expect((byTestId(root, 'report-xlsx') as HTMLButtonElement).disabled).toBe(true);

    setValue(byTestId(root, 'report-from'), '');
    expect(fieldError(byTestId(root, 'report-from'))).toBe('Укажите дату начала периода');

    setValue(byTestId(root, 'report-from'), '2026-03-01');
    setValue(byTestId(root, 'report-to'), '2026-03-10');
    await waitFor(() => byTestId(root, 'report-body'));
    expect(byTestId(root, 'report-period-label')!.textContent).toBe('Период: 01.03.2026 – 10.03.2026 · Сравнение с периодом: 19.02.2026 – 28.02.2026');
    expect(card(root, 'captured')).toBe('0');
  });
});
