/** «Данные»: backup and restore, the retention rule, persistent storage. */
import { useLiveQuery } from '../../hooks/useLiveQuery';
import { getDatabase } from '../../../utils/db/database';
import { Card } from '../../ui/index';
import type { OptionsData } from '../useOptionsData';
import { BackupRestore } from './BackupRestore';
import { tData } from './messages';
import { Persistence } from './Persistence';
import { Retention } from './Retention';

export function DataSection({ data, now, timeZone }: { data: OptionsData; now: number; timeZone: string }) {
  // Re-count the retention preview whenever cases change anywhere.
  const casesCount = useLiveQuery(() => getDatabase().cases.count(), []);
  return (
    <Card title={tData('title')} data-testid="section-data">
      <BackupRestore settings={data.settings} now={now} timeZone={timeZone} />
      <Retention settings={data.settings} timeZone={timeZone} casesVersion={casesCount.value} />
      <Persistence />
    </Card>
  );
}
