/**
 * The side panel page (Chrome's side panel, Firefox's sidebar, or a small window where neither
 * exists): the case named in the URL, or the urgent cases to pick from. The panel stays open while
 * the operator opens other cases, so it follows the URL (`hashchange`, `popstate`) and the
 * `showCase` message the popup, notifications and page buttons send.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ToastRegion } from '../../components/ui/index';
import type { CaseApi } from '../../components/case/api';
import { copyWithNavigator } from '../../components/case/api';
import { CasePicker } from '../../components/case/CasePicker';
import { CaseWorkspace } from '../../components/case/CaseWorkspace';
import { useLiveQuery } from '../../components/hooks/useLiveQuery';
import { getDatabase } from '../../utils/db/database';
import { request } from '../../utils/extension/messaging';
import { openThread } from '../../utils/extension/open-case';
import { resolveLocale, setLocale } from '../../utils/i18n/index';
import { protocol } from '../../utils/messaging/protocol';
import { isEnvelope, type Reply } from '../../utils/messaging/transport';
import { getSettings } from '../../utils/settings/store';
import { caseIdFromUrl, urlForCase } from './case-location';

const api: CaseApi = {
  appendEvent: (caseId, event, expectedVersion) => request('appendEvent', { caseId, event, expectedVersion }),
  updateCaseFields: (caseId, changes, expectedVersion) => request('updateCaseFields', { caseId, changes, expectedVersion }),
  linkRepeat: (caseId, repeatOf, expectedVersion) => request('linkRepeat', { caseId, repeatOf, expectedVersion }),
  insertAnswer: (caseId) => request('insertAnswer', { caseId }),
};

function openUrl(url: string): void {
  openThread(url).catch(() => window.open(url, '_blank', 'noopener'));
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function App() {
  const [caseId, setCaseId] = useState(() => caseIdFromUrl(location.href));
  const settings = useLiveQuery(() => getSettings(getDatabase()), []);
  if (settings.value) setLocale(resolveLocale(settings.value.locale, navigator.languages));

  const show = (id: string | undefined) => {
    if (id !== caseIdFromUrl(location.href)) history.pushState(null, '', urlForCase(location.href, id));
    setCaseId(id);
    window.scrollTo(0, 0);
  };

  useEffect(() => {
    const sync = () => setCaseId(caseIdFromUrl(location.href));
    window.addEventListener('hashchange', sync);
    window.addEventListener('popstate', sync);
    const onMessage = (message: unknown): Promise<Reply> | undefined => {
      if (!isEnvelope(message) || message.type !== 'showCase') return undefined;
      const parsed = protocol.showCase.request.safeParse(message.payload);
      if (!parsed.success) return undefined;
      show(parsed.data.caseId);
      return Promise.resolve({ ok: true, data: { shown: true } });
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      window.removeEventListener('hashchange', sync);
      window.removeEventListener('popstate', sync);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  return (
    <main data-testid="app-ready" data-page="sidepanel" data-case-id={caseId ?? ''}>
      {caseId ? (
        <CaseWorkspace key={caseId} caseId={caseId} api={api} copy={copyWithNavigator} storage={storage()} openCase={show} openUrl={openUrl} />
      ) : (
        <CasePicker onOpen={show} />
      )}
      <ToastRegion />
    </main>
  );
}
