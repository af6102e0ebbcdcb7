import '../../components/ui/theme.css';
import '../../components/queue/queue.css';
import './popup.css';
import { render } from 'preact';
import { markOnce } from '../../components/hooks/timing';
import { EARLY_HEAD_READ, startHeadRead, type HeadRead } from '../../utils/queue/reader';
import { App } from './App';

/** Longest wait for the head of the queue before the page renders without it («Загрузка…»). */
const HEAD_WAIT_MS = 150;

markOnce('otklik:start');
// The head of the queue (plain IndexedDB, read-only) is read before the first render, which then
// draws the rows at once. Measured in Chromium: laying out a loading screen first only delayed the
// database's answer (its events wait for that frame) and the rows by ~30 ms.
// popup-head.js has usually asked already, while these modules loaded; else the read starts now.
const early = globalThis as unknown as Record<string, HeadRead | undefined>;
const first = (early[EARLY_HEAD_READ] ??= startHeadRead(indexedDB));
let rendered = false;
function show() {
  if (rendered) return;
  rendered = true;
  render(<App first={first} />, document.getElementById('app')!);
}
first.promise.then(show, show);
setTimeout(show, HEAD_WAIT_MS);
