/** One line of the `npm run bench` table. */
export interface BenchRow {
  /** What was measured, e.g. "addWorkingMinutes over the production calendar". */
  name: string;
  /** The measured value (median of several runs where it makes sense). */
  value: number;
  unit: string;
  /** Human-readable budget, e.g. "≥ 500000" or "≤ 50". */
  budget: string;
  pass: boolean;
  note?: string;
}

/** Every bench module exports `run` returning its rows; test/bench/run.ts prints them all. */
export type BenchModule = { run: () => Promise<BenchRow[]> };
