/** Answer templates: name, kind, text with {{variables}} (listed, insertable), and a preview. */
import { useState } from 'preact/hooks';
import { renderTemplate, templateVariableLabels, templateVariables } from '../../../utils/directory/render-template';
import { templateKindLabels, templateKinds, templateSchema, type Template, type TemplateKind } from '../../../utils/directory/schema';
import { request } from '../../../utils/extension/messaging';
import { getLocale } from '../../../utils/i18n/index';
import { Button, Dialog, Select, TextArea, TextField, showToast } from '../../ui/index';
import { formatDate } from '../format';
import { errorText, tOptions } from '../messages';
import { tDir } from './messages';

function TemplateDialog({ template, now, timeZone, onClose }: { template: Template; now: number; timeZone: string; onClose: () => void }) {
  const [draft, setDraft] = useState(template);
  const check = templateSchema.safeParse(draft);
  const error = (field: string) => (check.success ? undefined : check.error.issues.find((i) => i.path[0] === field)?.message);
  const sample = {
    author: tDir('sampleAuthor'),
    date: formatDate(now, timeZone),
    executor: tDir('sampleExecutor'),
    department: tDir('sampleDepartment'),
    phone: tDir('samplePhone'),
    repeatOf: tDir('sampleRepeat'),
  };
  async function save() {
    if (!check.success) return;
    try {
      await request('directoryPut', { table: 'templates', record: check.data });
      showToast(tOptions('saved'), { tone: 'success' });
      onClose();
    } catch (e) {
      showToast(errorText(e), { tone: 'danger', timeoutMs: 0 });
    }
  }
  return (
    <Dialog
      open
      wide
      closeOnBackdrop={false}
      onClose={onClose}
      title={tDir('editTemplate')}
      data-testid="template-dialog"
      footer={
        <>
          <Button onClick={onClose}>{tOptions('cancel')}</Button>
          <Button variant="primary" disabled={!check.success} onClick={save} data-testid="template-save">
            {tOptions('save')}
          </Button>
        </>
      }
    >
      <div class="options-row">
        <TextField label={tDir('templateName')} value={draft.name} error={error('name')} inputProps={{ 'data-testid': 'template-name' }} onInput={(name) => setDraft({ ...draft, name })} />
        <Select
          label={tDir('templateKind')}
          value={draft.kind}
          options={templateKinds.map((kind) => ({ value: kind, label: templateKindLabels[kind][getLocale()] }))}
          onChange={(kind) => setDraft({ ...draft, kind: kind as TemplateKind })}
        />
      </div>
      <TextArea
        label={tDir('templateBody')}
        rows={6}
        value={draft.body}
        error={error('body')}
        textareaProps={{ lang: 'ru', spellcheck: true, 'data-testid': 'template-body' }}
        onInput={(body) => setDraft({ ...draft, body })}
      />
      <p class="ui-field__label">{tDir('variables')}</p>
      <ul class="options-variables">
        {templateVariables.map((name) => (
          <li key={name}>
            <Button size="sm" variant="ghost" onClick={() => setDraft({ ...draft, body: `${draft.body}{{${name}}}` })} data-testid={`template-var-${name}`}>
              {`{{${name}}}`}
            </Button>{' '}
            <span class="ui-muted">{templateVariableLabels[name][getLocale()]}</span>
          </li>
        ))}
      </ul>
      <p class="ui-field__label">{tDir('preview')}</p>
      <p class="options-template-preview" data-testid="template-preview">
        {renderTemplate(draft.body, sample)}
      </p>
    </Dialog>
  );
}

export function TemplatesSection({ templates, now, timeZone }: { templates: Template[]; now: number; timeZone: string }) {
  const [editing, setEditing] = useState<Template | undefined>();
  return (
    <section data-testid="templates">
      <h3>{tDir('templates')}</h3>
      <p class="ui-muted">{tDir('templatesHint')}</p>
      {templates.length === 0 ? (
        <p class="ui-muted">{tDir('empty')}</p>
      ) : (
        <ul class="options-list">
          {templates.map((tpl) => (
            <li key={tpl.id} data-testid={`template-${tpl.id}`}>
              <button type="button" class="options-link" onClick={() => setEditing(tpl)}>
                {tpl.name}
              </button>{' '}
              <span class="ui-muted">{templateKindLabels[tpl.kind][getLocale()]}</span>{' '}
              <Button
                size="sm"
                variant="ghost"
                onClick={() => request('directoryDelete', { table: 'templates', id: tpl.id }).catch((e) => showToast(errorText(e), { tone: 'danger', timeoutMs: 0 }))}
              >
                {tOptions('delete')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Button onClick={() => setEditing({ id: `tpl-${crypto.randomUUID().slice(0, 8)}`, name: '', kind: 'answer', body: '', active: true, updatedAt: 0 })} data-testid="template-add">
        {tDir('addTemplate')}
      </Button>
      {editing && <TemplateDialog key={editing.id} template={editing} now={now} timeZone={timeZone} onClose={() => setEditing(undefined)} />}
    </section>
  );
}
