/**
 * Working-time engine throughput (DESIGN.md budget: ≥ 500,000 addWorkingMinutes calls/s), Moscow
 * with the federal calendar, random starts over 2024–2027 and spans up to 7 working days.
 */
import { createWorkCalendar } from '../../utils/worktime/index';
import type { BenchRow } from './types';

const CALLS = 200_000;
const RUNS = 5;
const MAX_SPAN_MINUTES = 7 * 8 * 60;
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2027, 11, 24); // leaves room for 7 working days before the data ends

/** Deterministic, so runs compare. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Calls per second of `call` over the prepared inputs: median of RUNS timed runs after a warm-up. */
function callsPerSecond(call: (i: number) => number): number {
  let sink = 0;
  for (let i = 0; i < CALLS; i++) sink += call(i);
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    for (let i = 0; i < CALLS; i++) sink += call(i);
    rates.push(CALLS / ((performance.now() - started) / 1000));
  }
  if (Number.isNaN(sink)) throw new Error('benchmark produced NaN');
  return median(rates);
}

export async function run(): Promise<BenchRow[]> {
  const next = random(20260301);
  const starts = Array.from({ length: CALLS }, () => new Date(FROM + Math.floor(next() * (TO - FROM))));
  const spans = Array.from({ length: CALLS }, () => 1 + Math.floor(next() * MAX_SPAN_MINUTES));
  const ends = starts.map((start, i) => new Date(start.getTime() + spans[i]! * 3 * 60_000));

  const buildAndTouchEveryYear = () => {
    const fresh = createWorkCalendar({ timeZone: 'Europe/Moscow' });
    for (const year of [2024, 2025, 2026, 2027]) fresh.addWorkingMinutes(new Date(Date.UTC(year, 5, 1)), 1);
  };
  let started = performance.now();
  buildAndTouchEveryYear(); // cold: loads the zone into Intl and compiles the code
  const coldConstruction = performance.now() - started;
  const constructionTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    started = performance.now();
    buildAndTouchEveryYear();
    constructionTimes.push(performance.now() - started);
  }

  const calendar = createWorkCalendar({ timeZone: 'Europe/Moscow' });
  const addRate = callsPerSecond((i) => calendar.addWorkingMinutes(starts[i]!, spans[i]!).getTime());
  const betweenRate = callsPerSecond((i) => calendar.workingMinutesBetween(starts[i]!, ends[i]!));
  const budget = 500_000;
  return [
    {
      name: 'addWorkingMinutes (Europe/Moscow, federal calendar 2024–2027, spans ≤ 3360 min)',
      value: Math.round(addRate),
      unit: 'calls/s',
      budget: `≥ ${budget}`,
      pass: addRate >= budget,
      note: `median of ${RUNS} runs × ${CALLS} calls after a warm-up`,
    },
    {
      name: 'workingMinutesBetween (same starts, ends up to ~7 calendar days later)',
      value: Math.round(betweenRate),
      unit: 'calls/s',
      budget: 'informational',
      pass: true,
    },
    {
      name: 'createWorkCalendar + first use of one month in each year 2024–2027',
      value: Math.round(median(constructionTimes) * 100) / 100,
      unit: 'ms',
      budget: 'informational',
      pass: true,
      note: `median of ${RUNS} warm runs; the very first (cold) took ${coldConstruction.toFixed(1)} ms. Month tables (each local month's working intervals) are built on first use and cached per calendar`,
    },
  ];
}
