/**
 * `npm test`: every unit test, then the build, then the end-to-end tests in headless Chromium.
 * Both suites always run (a unit failure does not hide the e2e results); the last line is a plain
 * summary the CI reader understands: `tests: N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  numTodoTests?: number;
  success: boolean;
}

const reports = mkdtempSync(join(tmpdir(), 'otklik-tests-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status ?? 1;
}

function vitest(label: string, extraArgs: string[]): void {
  const output = join(reports, `${label}.json`);
  const status = run('npx', ['vitest', 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  if (!existsSync(output)) {
    console.error(`[${label}] vitest wrote no report (exit ${status}); counted as one failure.`);
    totals.failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(output, 'utf8')) as VitestJson;
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that failed to load has no failed tests but is still a failure.
  if (status !== 0 && report.numFailedTests === 0) totals.failed += 1;
}

const only = process.argv[2];
if (!only || only === 'unit') vitest('unit', []);
if (!only || only === 'e2e') {
  if (run('npx', ['wxt', 'build']) !== 0) {
    console.error('The extension did not build; end-to-end tests not run (counted as one failure).');
    totals.failed += 1;
  } else {
    vitest('e2e', ['--config', 'test/e2e/vitest.config.ts']);
  }
}

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
