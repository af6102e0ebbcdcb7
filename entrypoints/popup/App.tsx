/** The popup: the queue of cases with live working-time countdowns. */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { measureTick } from '../../components/hooks/timing';
import { lastTickStart, useNow } from '../../components/hooks/useNow';
import { QueueView } from '../../components/queue/QueueView';
import { tQueue } from '../../components/queue/messages';
import { useQueueData } from '../../components/queue/useQueueData';
import { IconButton, ToastRegion, showToast } from '../../components/ui/index';
import { PanelIcon, SettingsIcon } from '../../components/ui/icons';
import type { CaseRow } from '../../utils/db/case-row';
import { openCase, openThread } from '../../utils/extension/open-case';
import type { HeadRead } from '../../utils/queue/reader';

export interface AppProps {
  /** The head of the queue, when main.tsx started reading it before the first render. */
  first?: HeadRead;
}

export function App({ first }: AppProps = {}) {
  const now = useNow();
  const data = useQueueData(first);
  // A tick's cost (User Timing `otklik:tick`): from the shared timer to this render committed.
  useLayoutEffect(() => measureTick(lastTickStart()), [now]);
  // The side panel opens only inside the click, so the window id must be known before it.
  const windowId = useRef<number | undefined>(undefined);
  useEffect(() => {
    browser.windows.getCurrent().then(
      (w) => (windowId.current = w?.id),
      () => undefined,
    );
  }, []);

  function report(error: unknown) {
    showToast(error instanceof Error ? error.message : String(error), { tone: 'danger', timeoutMs: 0 });
  }

  function openPanel(caseId: string | undefined) {
    openCase(caseId, { windowId: windowId.current }).then(() => window.close(), report);
  }

  return (
    <main class="popup" data-testid="app-ready" data-page="popup">
      <header class="popup__header">
        <h1>
          Отклик <span class="popup__subtitle">{tQueue('title')}</span>
        </h1>
        <IconButton label={tQueue('openSidePanel')} icon={<PanelIcon />} onClick={() => openPanel(undefined)} />
        <IconButton label={tQueue('openOptions')} icon={<SettingsIcon />} onClick={() => browser.runtime.openOptionsPage().catch(report)} data-testid="open-options" />
      </header>
      <QueueView<CaseRow>
        cases={data.cases}
        preview={data.preview}
        error={data.error}
        now={now}
        deadlineOf={data.deadlineOf}
        clockFor={data.clockFor}
        personName={data.personName}
        fillHeight
        onOpenCase={(c) => openPanel(c.id)}
        onOpenThread={(c) => openThread(c.threadUrl).catch(report)}
      />
      <ToastRegion />
    </main>
  );
}
