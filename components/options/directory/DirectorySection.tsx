/** «Справочники»: people (with stand-ins), topics, locations and answer templates. */
import { Card } from '../../ui/index';
import type { OptionsData } from '../useOptionsData';
import { NamedList } from './NamedList';
import { PeopleSection } from './PeopleSection';
import { TemplatesSection } from './TemplatesSection';
import { tDir } from './messages';

export function DirectorySection({ data, now, timeZone }: { data: OptionsData; now: number; timeZone: string }) {
  return (
    <Card title={tDir('title')} data-testid="section-directory">
      <PeopleSection people={data.people} currentUserId={data.settings.currentUserId} timeZone={timeZone} />
      <NamedList table="topics" title={tDir('topics')} items={data.topics} />
      <NamedList table="locations" title={tDir('locations')} items={data.locations} />
      <TemplatesSection templates={data.templates} now={now} timeZone={timeZone} />
    </Card>
  );
}
