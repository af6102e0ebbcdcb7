/**
 * User Timing marks of the content script, read by the bench from the page
 * (`performance.getEntriesByName('otklik:scan')`): `otklik:full-scan` (start, navigation),
 * `otklik:keys` (from a long scan's start until idle time has read every key it left),
 * `otklik:scan` (one mutation batch), `otklik:capture` (click → case stored and its badge, status
 * and working time left, on the button).
 */
export function measure(name: string, start: number, detail?: unknown): void {
  try {
    performance.measure(name, { start, end: performance.now(), detail });
  } catch {
    // No User Timing here: nothing to record.
  }
}
