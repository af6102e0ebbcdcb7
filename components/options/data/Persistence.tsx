/** Whether the browser keeps the data under storage pressure (navigator.storage.persisted), and a button to ask. */
import { useEffect, useState } from 'preact/hooks';
import { persistenceLabels, persistenceStatus, requestPersistence, type PersistenceReport } from '../../../utils/extension/storage-persistence';
import { Alert, Button } from '../../ui/index';
import { tData } from './messages';

const size = (bytes: number | undefined) => (bytes === undefined ? '?' : bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} ГБ` : `${(bytes / 1e6).toFixed(1)} МБ`);

export function Persistence() {
  const [report, setReport] = useState<PersistenceReport | undefined>();
  useEffect(() => {
    persistenceStatus().then(setReport, () => setReport({ status: 'unsupported' }));
  }, []);
  if (!report) return <p class="ui-muted">{tData('checking')}</p>;
  return (
    <section data-testid="persistence" data-status={report.status}>
      <h3>{tData('storage')}</h3>
      <Alert tone={report.status === 'persisted' ? 'success' : 'warning'}>{persistenceLabels[report.status]}</Alert>
      {report.usage !== undefined && <p class="ui-muted">{tData('storageUsage', { used: size(report.usage), quota: size(report.quota) })}</p>}
      {report.status === 'not-persisted' && (
        <Button onClick={() => requestPersistence().then(setReport, () => undefined)} data-testid="persist-request">
          {tData('requestPersist')}
        </Button>
      )}
    </section>
  );
}
