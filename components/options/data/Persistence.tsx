/** Whether the browser keeps the data under storage pressure (navigator.storage.persisted), and a button to ask. */
import { useEffect, useState } from 'preact/hooks';
import { persistenceStatus, requestPersistence, type PersistenceReport } from '../../../utils/extension/storage-persistence';
import { getLocale } from '../../../utils/i18n/index';
import { Alert, Button } from '../../ui/index';
import { tData } from './messages';

function size(bytes: number | undefined): string {
  if (bytes === undefined) return '?';
  const ru = getLocale() === 'ru';
  const [value, unit] = bytes >= 1e9 ? [bytes / 1e9, ru ? 'ГБ' : 'GB'] : [bytes / 1e6, ru ? 'МБ' : 'MB'];
  const text = value.toFixed(1);
  return `${ru ? text.replace('.', ',') : text} ${unit}`;
}

export function Persistence() {
  const [report, setReport] = useState<PersistenceReport | undefined>();
  useEffect(() => {
    persistenceStatus().then(setReport, () => setReport({ status: 'unsupported' }));
  }, []);
  if (!report) return <p class="ui-muted">{tData('checking')}</p>;
  return (
    <section data-testid="persistence" data-status={report.status}>
      <h3>{tData('storage')}</h3>
      <Alert tone={report.status === 'persisted' ? 'success' : 'warning'}>
        {tData(report.status === 'persisted' ? 'persisted' : report.status === 'not-persisted' ? 'notPersisted' : 'unsupported')}
      </Alert>
      {report.usage !== undefined && <p class="ui-muted">{tData('storageUsage', { used: size(report.usage), quota: size(report.quota) })}</p>}
      {report.status === 'not-persisted' && (
        <Button onClick={() => requestPersistence().then(setReport, () => undefined)} data-testid="persist-request">
          {tData('requestPersist')}
        </Button>
      )}
    </section>
  );
}
