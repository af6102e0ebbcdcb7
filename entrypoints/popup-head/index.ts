/**
 * The popup's head-of-queue read, started by a classic `async` script of popup.html: it loads and
 * runs while the page's modules (Preact, the queue, the working-time engine) are still loading, so
 * the database answers meanwhile; main.tsx picks the read up (or starts it, when this came late).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EARLY_HEAD_READ, startHeadRead, type HeadRead } from '../../utils/queue/reader';

export default defineUnlistedScript(() => {
  const slot = globalThis as unknown as Record<string, HeadRead | undefined>;
  slot[EARLY_HEAD_READ] ??= startHeadRead(indexedDB);
});
