/**
 * The options page: a side menu of sections (the address keeps the section: options.html#report),
 * the first-run wizard while nothing is configured, and each section reading live data.
 */
import { useEffect, useState } from 'preact/hooks';
import { effectiveRegulation } from '../../utils/db/due';
import { getLocale, resolveLocale, setLocale } from '../../utils/i18n/index';
import { ReportView } from '../report/ReportView';
import { Alert, ToastRegion } from '../ui/index';
import { DataSection } from './data/DataSection';
import { DirectorySection } from './directory/DirectorySection';
import { FirstRunWizard } from './FirstRunWizard';
import { LanguageSection } from './LanguageSection';
import { errorText, tOptions } from './messages';
import { NotificationsSection } from './NotificationsSection';
import { RegulationSection } from './regulation/RegulationSection';
import { activeRow, useOptionsData } from './useOptionsData';
import { WorktimeSection } from './worktime/WorktimeSection';

export const SECTIONS = ['regulation', 'worktime', 'directory', 'notifications', 'data', 'language', 'report'] as const;
export type SectionId = (typeof SECTIONS)[number];

function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#/, '');
  return (SECTIONS as readonly string[]).includes(id) ? (id as SectionId) : 'regulation';
}

export function OptionsApp({ now }: { now: number }) {
  const { data, error } = useOptionsData();
  const [section, setSection] = useState<SectionId>(() => sectionFromHash(location.hash));
  useEffect(() => {
    const onHash = () => setSection(sectionFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  if (data) setLocale(resolveLocale(data.settings.locale, navigator.languages ?? []));

  if (error) return <Alert tone="danger" title={tOptions('loadError')}>{errorText(error)}</Alert>;
  if (!data) return <p class="ui-muted">{tOptions('loading')}</p>;

  const row = activeRow(data);
  const regulation = row ? effectiveRegulation(row.regulation, data.settings) : undefined;
  const timeZone = regulation?.timeZone ?? data.settings.timeZone ?? 'Europe/Moscow';
  const me = data.people.find((p) => p.id === data.settings.currentUserId);
  return (
    <div class="options-layout" data-testid="app-ready" data-page="options">
      <nav class="options-nav ui-no-print" aria-label={tOptions('sections')}>
        <p class="options-brand">Отклик</p>
        {regulation && <p class="options-nav__regulation ui-muted">{tOptions('activeRegulation', { name: regulation.municipality[getLocale()] })}</p>}
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={id === section ? 'page' : undefined} data-testid={`nav-${id}`}>
                {tOptions(id)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options-main">
        {!data.configured && <FirstRunWizard settings={data.settings} me={me} takenIds={new Set(data.regulations.map((r) => r.id))} />}
        {section === 'regulation' && <RegulationSection data={data} now={now} />}
        {section === 'worktime' && <WorktimeSection data={data} now={now} />}
        {section === 'directory' && <DirectorySection data={data} now={now} timeZone={timeZone} />}
        {section === 'notifications' && <NotificationsSection settings={data.settings} />}
        {section === 'data' && <DataSection data={data} now={now} timeZone={timeZone} />}
        {section === 'language' && <LanguageSection settings={data.settings} />}
        {section === 'report' && <ReportView now={now} />}
      </main>
      <ToastRegion />
    </div>
  );
}
