/**
 * «Регламент»: which regulation is in force, a read-only view of the built-in ones with their
 * clauses and readings, a copy to edit for another municipality, JSON import (validated whole: a
 * bad file changes nothing and the Russian error says why) and export.
 */
import { useRef, useState } from 'preact/hooks';
import { request } from '../../../utils/extension/messaging';
import { getLocale } from '../../../utils/i18n/index';
import { copyRegulation, parseRegulation, serializeRegulation } from '../../../utils/regulation/io';
import { isPresetId } from '../../../utils/regulation/presets/index';
import type { Regulation } from '../../../utils/regulation/schema';
import { UserFacingError } from '../../../utils/validation/index';
import { Alert, Badge, Button, Card, Select, Toolbar, showToast } from '../../ui/index';
import { downloadFile, readFileText } from '../files';
import { errorText, tOptions } from '../messages';
import type { OptionsData } from '../useOptionsData';
import { DeadlinePreview } from './DeadlinePreview';
import { tReg } from './messages';
import { RegulationEditor } from './RegulationEditor';
import { RegulationView } from './RegulationView';

/** `<base>-copy`, `<base>-copy-2`, … not taken yet, within the 64-character id limit. */
export function freeCopyId(base: string, taken: ReadonlySet<string>): string {
  const stem = `${base.replace(/-copy(-\d+)?$/, '').slice(0, 50)}-copy`;
  if (!taken.has(stem)) return stem;
  for (let i = 2; ; i++) if (!taken.has(`${stem}-${i}`)) return `${stem}-${i}`;
}

export function RegulationSection({ data, now }: { data: OptionsData; now: number }) {
  const { settings, regulations } = data;
  const locale = getLocale();
  const [viewId, setViewId] = useState(settings.activeRegulationId);
  const [newCopy, setNewCopy] = useState<Regulation | undefined>();
  const [importError, setImportError] = useState<string | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const row = regulations.find((r) => r.id === viewId) ?? regulations.find((r) => r.id === settings.activeRegulationId) ?? regulations[0];
  const overrides = settings.calendarOverrides.days;

  function copy(regulation: Regulation) {
    const taken = new Set(regulations.map((r) => r.id));
    const id = freeCopyId(regulation.id, taken);
    const suffix = locale === 'ru' ? ' (копия)' : ' (copy)';
    setNewCopy(copyRegulation(regulation, id, { ru: `${regulation.name.ru} (копия)`.slice(0, 300), en: `${regulation.name.en}${suffix}`.slice(0, 300) }));
  }

  async function importFile(file: File) {
    setImportError(undefined);
    try {
      const text = await readFileText(file);
      const regulation = parseRegulation(text);
      if (isPresetId(regulation.id)) {
        throw new UserFacingError(`Регламент: поле «id» — «${regulation.id}» — идентификатор встроенного регламента; у своего регламента должен быть свой.`);
      }
      await request('regulationSave', { regulation });
      showToast(tReg('imported', { name: regulation.name[locale] }), { tone: 'success' });
      setNewCopy(undefined);
      setViewId(regulation.id);
    } catch (error) {
      setImportError(errorText(error));
    }
  }

  async function activate(id: string) {
    try {
      await request('updateSettings', { activeRegulationId: id });
      showToast(tOptions('saved'), { tone: 'success' });
    } catch (error) {
      showToast(errorText(error), { tone: 'danger', timeoutMs: 0 });
    }
  }

  async function remove(id: string) {
    try {
      await request('regulationDelete', { id });
      showToast(tReg('deleted'), { tone: 'success' });
      setViewId(settings.activeRegulationId);
    } catch (error) {
      showToast(errorText(error), { tone: 'danger', timeoutMs: 0 });
    }
  }

  const shown = newCopy ?? row?.regulation;
  const isActive = !newCopy && row?.id === settings.activeRegulationId;
  return (
    <Card title={tReg('title')} data-testid="section-regulation">
      <p class="ui-muted">{tReg('intro')}</p>
      <Toolbar label={tReg('title')}>
        <Select
          label={tReg('view')}
          value={newCopy ? '' : (row?.id ?? '')}
          selectProps={{ 'data-testid': 'regulation-select' }}
          options={[
            ...(newCopy ? [{ value: '', label: `${newCopy.name[locale]} — ${tReg('unsaved')}` }] : []),
            ...regulations.map((r) => ({
              value: r.id,
              label: `${r.regulation.name[locale]} (${r.source === 'preset' ? tReg('preset') : tReg('custom')})${r.id === settings.activeRegulationId ? ` — ${tReg('isActive')}` : ''}`,
            })),
          ]}
          onChange={(id) => {
            if (!id) return;
            setNewCopy(undefined);
            setViewId(id);
          }}
        />
        {isActive ? (
          <Badge tone="success">{tReg('isActive')}</Badge>
        ) : (
          row && !newCopy && (
            <Button onClick={() => activate(row.id)} data-testid="regulation-activate">
              {tReg('makeActive')}
            </Button>
          )
        )}
        {shown && !newCopy && (
          <Button onClick={() => copy(shown)} data-testid="regulation-copy">
            {tReg('copy')}
          </Button>
        )}
        {shown && !newCopy && (
          <Button onClick={() => downloadFile(`${shown.id}.regulation.json`, 'application/json', serializeRegulation(shown))} data-testid="regulation-export">
            {tReg('exportJson')}
          </Button>
        )}
        <Button onClick={() => fileInput.current?.click()} data-testid="regulation-import">
          {tReg('importJson')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="ui-visually-hidden"
          data-testid="regulation-import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </Toolbar>
      <p class="ui-muted">{tReg('importHint')}</p>
      {importError && (
        <Alert tone="danger" title={tReg('importFailed')} onDismiss={() => setImportError(undefined)} data-testid="regulation-import-error">
          {importError}
        </Alert>
      )}
      {newCopy ? (
        <RegulationEditor
          key={`new-${newCopy.id}`}
          initial={newCopy}
          isNew
          overrides={overrides}
          timeZoneOverride={settings.timeZone}
          now={now}
          onSaved={(id) => {
            setNewCopy(undefined);
            setViewId(id);
          }}
          onDiscard={() => setNewCopy(undefined)}
        />
      ) : row?.source === 'custom' ? (
        <>
          <RegulationEditor
            key={`${row.id}-${row.updatedAt}`}
            initial={row.regulation}
            isNew={false}
            overrides={overrides}
            timeZoneOverride={settings.timeZone}
            now={now}
            onSaved={setViewId}
            onDiscard={() => undefined}
          />
          {!isActive && (
            <Button variant="danger" onClick={() => remove(row.id)} data-testid="regulation-delete">
              {tReg('deleteRegulation')}
            </Button>
          )}
        </>
      ) : (
        row && (
          <>
            <Alert tone="info">{tReg('presetReadOnly')}</Alert>
            <RegulationView regulation={row.regulation} />
            <DeadlinePreview
              regulation={settings.timeZone ? { ...row.regulation, timeZone: settings.timeZone } : row.regulation}
              overrides={overrides}
              now={now}
            />
          </>
        )
      )}
    </Card>
  );
}
