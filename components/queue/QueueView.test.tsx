// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkCalendar } from '../../utils/worktime/index';
import { clockOf } from '../../utils/queue/clock';
import { at } from '../../utils/queue/test-clock';
import type { QueueCase } from '../../utils/queue/types';
import type { RowDeadline } from './QueueRow';
import { QueueView, ROW_HEIGHT } from './QueueView';

const MSK = 'Europe/Moscow';
const clock = clockOf(createWorkCalendar({ timeZone: MSK }));
const NOW = at(MSK, '2026-11-25 12:30'); // Wednesday

type TestCase = QueueCase & { threadUrl: string; provisional?: boolean };

function c(id: string, over: Partial<TestCase> = {}): TestCase {
  return {
    id,
    network: 'vk',
    author: { name: `Автор ${id}` },
    text: `Первая строка ${id}\nвторая строка`,
    status: 'inWork',
    executors: ['p1'],
    importance: 'normal',
    detectedAt: NOW - 3_600_000,
    updatedAt: NOW - 3_600_000,
    threadUrl: `https://vk.com/wall-1_${id}`,
    ...over,
  };
}

const deadlineOf = (x: TestCase): RowDeadline | undefined =>
  x.nextDueAt === undefined ? undefined : { stageLabel: 'Ответ', due: x.nextDueAt, provisional: Boolean(x.provisional), clock };

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

function show(
  cases: TestCase[] | undefined,
  now = NOW,
  handlers: { onOpenCase?: (x: TestCase) => void; onOpenThread?: (x: TestCase) => void } = {},
  preview?: { rows: TestCase[]; complete: boolean },
) {
  act(() =>
    render(
      <QueueView<TestCase>
        cases={cases}
        preview={preview}
        now={now}
        deadlineOf={deadlineOf}
        clockFor={() => clock}
        personName={(id) => ({ p1: 'Смирнова О. В.', p2: 'Котов А. А.' })[id] ?? id}
        onOpenCase={handlers.onOpenCase ?? (() => {})}
        onOpenThread={handlers.onOpenThread ?? (() => {})}
      />,
      root,
    ),
  );
}

const rows = () => Array.from(root.querySelectorAll<HTMLElement>('[data-testid=queue-row]'));
const rowIds = () => rows().map((r) => r.dataset.caseId);
const countdowns = () => rows().map((r) => r.querySelector('[data-testid=queue-countdown]')!.textContent);
function change(el: HTMLSelectElement | HTMLInputElement, value: string) {
  el.value = value;
  act(() => {
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

const sample = () => [
  c('calm', { nextDueAt: at(MSK, '2026-11-26 15:00') }),
  c('done', { status: 'answered', resolvedAt: NOW - 1000 }),
  c('late', { nextDueAt: at(MSK, '2026-11-25 11:25'), author: { name: 'Алёна Ёлкина' } }),
  c('lunch', { nextDueAt: at(MSK, '2026-11-25 14:15'), network: 'ok', executors: ['p2'] }),
  c('prov', { nextDueAt: at(MSK, '2028-01-17 10:00'), provisional: true, topic: 'Дороги' }),
];

describe('QueueView', () => {
  it('shows the explanation when the queue is empty, and a loading line before data', () => {
    show(undefined);
    expect(root.textContent).toContain('Загрузка');
    show([]);
    const empty = root.querySelector('[data-testid=queue-empty]')!;
    expect(empty.textContent).toContain('Взять в работу');
    expect(empty.querySelectorAll('p').length).toBe(3); // title + two lines
  });

  it('sorts by the nearest due stage and colours by urgency in working time (lunch does not count)', () => {
    show(sample());
    expect(rowIds()).toEqual(['late', 'lunch', 'calm', 'prov']);
    expect(rows().map((r) => r.dataset.urgency)).toEqual(['overdue', 'soon', 'calm', 'calm']);
    expect(countdowns().slice(0, 3)).toEqual(['просрочено на 1 ч 05 мин раб.', '45 мин раб.', '9 ч 30 мин раб.']);
    const late = rows()[0]!;
    expect(late.textContent).toContain('Алёна Ёлкина');
    expect(late.textContent).toContain('Первая строка late');
    expect(late.textContent).not.toContain('вторая строка');
    expect(late.textContent).toContain('В работе');
    expect(late.textContent).toContain('Смирнова О. В.');
    expect(late.textContent).toContain('до 11:25, ср');
    expect(rows()[2]!.textContent).toContain('до 15:00, чт');
  });

  it('marks a provisional deadline', () => {
    show(sample());
    const prov = rows().find((r) => r.dataset.caseId === 'prov')!;
    expect(prov.querySelector('.queue-row__provisional')!.textContent).toBe('предв.');
    expect(prov.textContent).toContain('до 10:00, пн 17.01.2028');
    expect(rows()[0]!.querySelector('.queue-row__provisional')).toBeNull();
  });

  it('counts per status and urgency at the top', () => {
    show(sample());
    const counts = root.querySelector('[data-testid=status-counts]')!;
    expect(counts.querySelector('[data-count=overdue]')!.textContent).toBe('Просрочено: 1');
    expect(counts.querySelector('[data-count=soon]')!.textContent).toBe('Меньше часа: 1');
    expect(counts.querySelector('[data-count=inWork]')!.textContent).toBe('В работе 4');
    expect(counts.querySelector('[data-count=answered]')!.textContent).toBe('Отвечено 1');
  });

  it('ticks: the same rows re-render with a new now', () => {
    const cases = sample();
    show(cases);
    show(cases, at(MSK, '2026-11-25 14:00'));
    expect(countdowns().slice(0, 2)).toEqual(['просрочено на 1 ч 35 мин раб.', '15 мин раб.']);
    show(cases, at(MSK, '2026-11-25 14:15'));
    expect(rows()[1]!.dataset.urgency).toBe('overdue');
  });

  it('filters by status, network, executor, topic, overdue and search (ё = е)', () => {
    show(sample());
    change(root.querySelector<HTMLSelectElement>('[data-testid=queue-filter-status]')!, 'all');
    expect(rowIds()).toEqual(['late', 'lunch', 'calm', 'prov', 'done']);
    change(root.querySelector<HTMLSelectElement>('[data-testid=queue-filter-status]')!, 'answered');
    expect(rowIds()).toEqual(['done']);
    expect(rows()[0]!.querySelector('[data-testid=queue-countdown]')!.textContent).toBe('завершено');
    change(root.querySelector<HTMLSelectElement>('[data-testid=queue-filter-status]')!, 'open');
    expect(root.querySelector('[data-testid=queue-filter-network]')).toBeNull(); // behind «Ещё фильтры»
    const more = root.querySelector<HTMLButtonElement>('[data-testid=queue-filters-more]')!;
    act(() => more.click());
    expect(more.getAttribute('aria-expanded')).toBe('true');
    change(root.querySelector<HTMLSelectElement>('[data-testid=queue-filter-network]')!, 'ok');
    expect(more.textContent).toBe('Ещё фильтры1');
    expect(rowIds()).toEqual(['lunch']);
    change(root.querySelector<HTMLSelectElement>('[data-testid=queue-filter-network]')!, '');
    change(root.querySelector<HTMLSelectElement>('[data-testid=queue-filter-executor]')!, 'p2');
    expect(rowIds()).toEqual(['lunch']);
    change(root.querySelector<HTMLSelectElement>('[data-testid=queue-filter-executor]')!, '');
    change(root.querySelector<HTMLSelectElement>('[data-testid=queue-filter-topic]')!, 'Дороги');
    expect(rowIds()).toEqual(['prov']);
    change(root.querySelector<HTMLSelectElement>('[data-testid=queue-filter-topic]')!, '');
    act(() => root.querySelector<HTMLInputElement>('[data-testid=queue-filter-overdue]')!.click());
    expect(rowIds()).toEqual(['late']);
    act(() => root.querySelector<HTMLInputElement>('[data-testid=queue-filter-overdue]')!.click());
    change(root.querySelector<HTMLInputElement>('[data-testid=queue-search]')!, 'ЕЛКИНА');
    expect(rowIds()).toEqual(['late']);
    change(root.querySelector<HTMLInputElement>('[data-testid=queue-search]')!, 'нет такого');
    expect(rows()).toEqual([]);
    act(() => root.querySelector<HTMLButtonElement>('[data-testid=queue-nothing-found] button')!.click());
    expect(rowIds()).toEqual(['late', 'lunch', 'calm', 'prov']);
  });

  it('clicking a status count filters by it', () => {
    show(sample());
    act(() => root.querySelector<HTMLButtonElement>('[data-count=answered]')!.click());
    expect(rowIds()).toEqual(['done']);
    act(() => root.querySelector<HTMLButtonElement>('[data-count=overdue]')!.click());
    expect(rowIds()).toEqual([]);
  });

  it('opens the case from the row and the thread from its second action', () => {
    const onOpenCase = vi.fn();
    const onOpenThread = vi.fn();
    show(sample(), NOW, { onOpenCase, onOpenThread });
    act(() => rows()[1]!.querySelector<HTMLButtonElement>('.queue-row__main')!.click());
    expect(onOpenCase).toHaveBeenCalledWith(expect.objectContaining({ id: 'lunch' }));
    act(() => rows()[0]!.querySelector<HTMLButtonElement>('.queue-row__thread')!.click());
    expect(onOpenThread).toHaveBeenCalledWith(expect.objectContaining({ threadUrl: 'https://vk.com/wall-1_late' }));
  });

  it('renders only the rows in view of 10,000 cases, and arrow keys walk the list', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => c(String(i).padStart(5, '0'), { nextDueAt: NOW + i * 60_000 }));
    show(many);
    const rendered = rows().length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(20);
    const list = root.querySelector<HTMLElement>('[data-testid=queue-list] [role=list]')!;
    expect(parseInt(list.style.paddingBottom, 10)).toBe((10_000 - rendered) * ROW_HEIGHT);
    const first = rows()[0]!.querySelector<HTMLButtonElement>('.queue-row__main')!;
    first.focus();
    act(() => {
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect((document.activeElement as HTMLElement).closest<HTMLElement>('[data-testid=queue-row]')!.dataset.caseId).toBe('00001');
    act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    });
    expect((document.activeElement as HTMLElement).closest<HTMLElement>('[data-testid=queue-row]')!.dataset.caseId).toBe('09999');
    expect(rows().length).toBeLessThan(20);
  });

  it('draws the head of the queue first, then the whole queue with its counts in the same view', () => {
    const whole = sample();
    const head = whole.filter((x) => x.id === 'late' || x.id === 'lunch');
    show(undefined, NOW, {}, { rows: head, complete: false });
    expect(rowIds()).toEqual(['late', 'lunch']);
    expect(rows().map((r) => r.dataset.urgency)).toEqual(['overdue', 'soon']);
    expect(root.querySelector('[data-testid=queue]')!.getAttribute('data-loaded')).toBe('head');
    // No counts per status yet (they come with every case): the row keeps its place.
    const pending = root.querySelector<HTMLElement>('[data-testid=status-counts]')!;
    expect(pending.dataset.pending).toBe('true');
    expect(pending.querySelector('[data-count=inWork]')).toBeNull();
    expect(root.querySelector('.queue-summary')!.textContent).toBe('Читаю остальные дела…');
    // A filter that the head cannot answer waits instead of claiming «nothing found».
    change(root.querySelector<HTMLSelectElement>('[data-testid=queue-filter-status]')!, 'answered');
    expect(root.querySelector('[data-testid=queue-nothing-found]')).toBeNull();
    expect(root.querySelector('.queue-loading')).not.toBeNull();
    change(root.querySelector<HTMLSelectElement>('[data-testid=queue-filter-status]')!, 'open');

    const list = root.querySelector('[data-testid=queue-list]');
    show(whole);
    expect(root.querySelector('[data-testid=queue-list]')).toBe(list); // the same list, not re-mounted
    expect(root.querySelector('[data-testid=queue]')!.getAttribute('data-loaded')).toBe('all');
    expect(rowIds()).toEqual(['late', 'lunch', 'calm', 'prov']);
    expect(root.querySelector('[data-count=inWork]')!.textContent).toBe('В работе 4');
    expect(root.querySelector<HTMLElement>('[data-testid=status-counts]')!.dataset.pending).toBeUndefined();
    expect(root.querySelector('.queue-summary')!.textContent).toBe('4 дела');
  });

  it('shows the urgency counts the head establishes, and only those', () => {
    const whole = sample();
    const byId = (...ids: string[]) => whole.filter((x) => ids.includes(x.id));
    const chips = () => Array.from(root.querySelectorAll('[data-testid=status-counts] [data-count]')).map((chip) => chip.textContent);
    // The head reaches past the one-working-hour horizon: both counts are exact.
    show(undefined, NOW, {}, { rows: byId('late', 'lunch', 'calm'), complete: false });
    expect(chips()).toEqual(['Просрочено: 1', 'Меньше часа: 1']);
    // The head ends inside the hour: more «soon» cases may follow, so that chip waits.
    show(undefined, NOW, {}, { rows: byId('late', 'lunch'), complete: false });
    expect(chips()).toEqual(['Просрочено: 1']);
    // Every case of the head is overdue: more may follow.
    show(undefined, NOW, {}, { rows: byId('late'), complete: false });
    expect(chips()).toEqual([]);
    show(undefined, NOW, {}, { rows: byId('late'), complete: true });
    expect(chips()).toEqual(['Просрочено: 1']);
    // An empty head that is the whole open queue: still waits for the finished cases before «empty».
    show(undefined, NOW, {}, { rows: [], complete: true });
    expect(root.querySelector('[data-testid=queue-empty]')).toBeNull();
    expect(root.querySelector('.queue-loading')).not.toBeNull();
  });
});
