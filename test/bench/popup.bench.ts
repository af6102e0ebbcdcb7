/**
 * Popup queue with 10,000 cases (DESIGN.md budgets: first render ≤ 150 ms, a countdown tick ≤ 4 ms).
 * Renders the real QueueView (sorting, counts, filters, windowed rows with working-time countdowns
 * over the real engine) into a linkedom document in Node — measured outside the browser: no
 * layout or paint, and Node's JIT, not the popup's; no database either (popup-browser.bench.ts
 * measures the real page in Chromium). The popup first draws the head of the queue (HEAD_ROWS open
 * cases off the index, useQueueData), then every case once read: both renders are measured. The
 * cases arrive in the database's queue-index order ([queueRank+queueAt]), as the popup reads them;
 * QueueView still sorts them (ties, and any order) — `shuffled` in the note is the same render with
 * the input shuffled.
 *
 * The DOM is linkedom, not happy-dom: happy-dom spends about 0.5 ms creating one element (measured
 * here: 300 elements ≈ 155 ms, linkedom ≈ 30–50 ms), which would measure the emulator rather than
 * the queue. The component tests use happy-dom for its fuller event and focus support.
 */
import { h, render } from 'preact';
import type { BenchRow } from './types';

const CASES = 10_000;
const TICKS = 60;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Installs a linkedom document as the globals Preact renders into; returns the undo. */
async function installDom(): Promise<() => void> {
  const { parseHTML } = await import('linkedom');
  const { window, document } = parseHTML('<!doctype html><html lang="ru"><head></head><body></body></html>');
  // No requestAnimationFrame: preact/hooks then schedules effects with setTimeout, which outlives the DOM safely.
  const globals: Record<string, unknown> = { window, document };
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const [name, value] of Object.entries(globals)) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  };
}

export async function run(): Promise<BenchRow[]> {
  const restore = await installDom();
  try {
    const { QueueView } = await import('../../components/queue/QueueView');
    const { clockOf } = await import('../../utils/queue/clock');
    const { createWorkCalendar } = await import('../../utils/worktime/index');
    const { caseStatuses, isOpenStatus } = await import('../../utils/cases/status');
    const { NO_DUE_AT } = await import('../../utils/db/case-row');
    const { HEAD_ROWS } = await import('../../components/queue/useQueueData');
    type Row = import('../../utils/queue/types').QueueCase & { threadUrl: string };

    const clock = clockOf(createWorkCalendar({ timeZone: 'Europe/Moscow' }));
    const now = Date.UTC(2026, 10, 25, 9, 30); // Wednesday 12:30 in Moscow
    const networks = ['vk', 'ok', 'telegram', 'other'] as const;
    const cases: Row[] = Array.from({ length: CASES }, (_, i) => {
      const status = caseStatuses[i % caseStatuses.length]!;
      return {
        id: `case-${i}`,
        network: networks[i % networks.length]!,
        author: { name: `Житель ${i % 997} Ёлкин` },
        text: `Обращение № ${i}: когда отремонтируют дорогу и уберут снег во дворе дома ${i % 300}?\nПодробности во второй строке.`,
        status,
        executors: i % 5 === 0 ? [] : [`p${i % 12}`],
        topic: `Тема ${i % 9}`,
        importance: i % 17 === 0 ? 'high' : 'normal',
        // Due moments from 3 days ago to 3 weeks ahead, in a shuffled order.
        nextDueAt: now + (((i * 7919) % CASES) - 1_500) * 4 * 60_000,
        detectedAt: now - (i % 1000) * 60_000,
        updatedAt: now - (i % 1000) * 60_000,
        resolvedAt: ['answered', 'notSubject', 'appeal', 'closed'].includes(status) ? now - i * 1000 : undefined,
        threadUrl: `https://vk.com/wall-1_${i}`,
      };
    });
    // The popup reads the queue index: open cases by due moment, then finished ones, newest first.
    const indexOrder = (c: Row) => (isOpenStatus(c.status) ? [0, c.nextDueAt ?? NO_DUE_AT] : [1, -(c.resolvedAt ?? c.updatedAt)]) as [number, number];
    const shuffled = cases;
    const indexed = [...cases].sort((a, b) => {
      const [ra, qa] = indexOrder(a);
      const [rb, qb] = indexOrder(b);
      return ra - rb || qa - qb || (a.id < b.id ? -1 : 1);
    });
    // Stable callbacks, as the popup's useQueueData memoises them.
    const deadlineOf = (c: Row) => (c.nextDueAt === undefined ? undefined : { stageLabel: 'Ответ', due: c.nextDueAt, provisional: false, clock });
    const clockFor = () => clock;
    const personName = (id: string) => id;
    const noop = () => {};
    const view = (at: number, list: Row[] | undefined = indexed) =>
      h(QueueView<Row>, { cases: list, preview: { rows: head, complete: false }, now: at, deadlineOf, clockFor, personName, onOpenCase: noop, onOpenThread: noop });
    const head = indexed.filter((c) => isOpenStatus(c.status)).slice(0, HEAD_ROWS);

    const root = document.createElement('div');
    document.body.append(root);
    // The first screen: the head, then every case arriving into the same view.
    let t0 = performance.now();
    render(view(now, undefined), root);
    const headRender = performance.now() - t0;
    t0 = performance.now();
    render(view(now), root);
    const allArrive = performance.now() - t0;
    render(null, root);

    const cpu0 = process.cpuUsage();
    t0 = performance.now();
    render(view(now), root);
    const firstRender = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    // Process CPU time (all threads, GC included): tells a slow machine from a loaded one.
    const firstRenderCpu = (cpu.user + cpu.system) / 1000;
    const rowsInDom = root.querySelectorAll('[data-testid=queue-row]').length;

    const ticks: number[] = [];
    for (let i = 1; i <= TICKS; i++) {
      t0 = performance.now();
      render(view(now + i * 1000), root);
      ticks.push(performance.now() - t0);
    }
    const tick = median(ticks);
    const worstTick = Math.max(...ticks);

    // A fresh mount once more, JIT warm: what a second opening of the popup would cost here.
    render(null, root);
    t0 = performance.now();
    render(view(now), root);
    const warmRender = performance.now() - t0;
    render(null, root);
    t0 = performance.now();
    render(view(now, shuffled), root);
    const shuffledRender = performance.now() - t0;
    render(null, root);
    await new Promise((resolve) => setTimeout(resolve, 50)); // let scheduled effects run before the DOM goes

    const note = `linkedom in Node, outside the browser (no layout/paint); ${rowsInDom} rows in the DOM`;
    return [
      {
        name: `popup: first render of ${CASES.toLocaleString('en-US')} cases (the head: ${HEAD_ROWS} rows)`,
        value: headRender,
        unit: 'ms',
        budget: '≤ 150',
        pass: headRender <= 150,
        note: `${note}; mostly the cold start (JIT; building the work calendar alone ~20 ms), 40 rows or 10,000; then every case arriving into it ${allArrive.toFixed(1)} ms`,
      },
      { name: `popup: render of all ${CASES.toLocaleString('en-US')} cases at once`, value: firstRender, unit: 'ms', budget: '≤ 150', pass: firstRender <= 150, note: `${note}; after the head's cold start; CPU ${firstRenderCpu.toFixed(1)} ms; warm re-mount ${warmRender.toFixed(1)} ms; shuffled input ${shuffledRender.toFixed(1)} ms` },
      { name: 'popup: one countdown tick (median)', value: tick, unit: 'ms', budget: '≤ 4', pass: tick <= 4, note: `${note}; worst of ${TICKS} ticks ${worstTick.toFixed(2)} ms` },
    ];
  } finally {
    restore();
  }
}
