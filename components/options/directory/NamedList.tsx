/** Topics or locations: a plain list of names to add, rename, hide (kept for old cases) or delete. */
import { useState } from 'preact/hooks';
import { request } from '../../../utils/extension/messaging';
import type { Location, Topic } from '../../../utils/directory/schema';
import { Badge, Button, TextField, showToast } from '../../ui/index';
import { errorText, tOptions } from '../messages';
import { tDir } from './messages';

type Table = 'topics' | 'locations';

async function put(table: Table, record: Topic | Location) {
  try {
    await request('directoryPut', { table, record });
  } catch (error) {
    showToast(errorText(error), { tone: 'danger', timeoutMs: 0 });
  }
}

function Item({ table, item }: { table: Table; item: Topic | Location }) {
  const [name, setName] = useState<string | undefined>();
  return (
    <li class={item.active ? undefined : 'options-inactive'} data-testid={`${table}-${item.id}`}>
      {name === undefined ? (
        <span>{item.name}</span>
      ) : (
        <TextField label={tDir('newName')} labelHidden value={name} onInput={setName} inputProps={{ maxLength: 200 }} />
      )}{' '}
      {!item.active && <Badge>{tDir('inactiveMark')}</Badge>}
      {name === undefined ? (
        <Button size="sm" variant="ghost" onClick={() => setName(item.name)}>
          {tDir('rename')}
        </Button>
      ) : (
        <Button size="sm" disabled={!name.trim()} onClick={() => put(table, { ...item, name: name.trim() }).then(() => setName(undefined))}>
          {tOptions('save')}
        </Button>
      )}
      <Button size="sm" variant="ghost" onClick={() => put(table, { ...item, active: !item.active })}>
        {item.active ? tDir('deactivate') : tDir('activate')}
      </Button>
      <Button
        size="sm"
        variant="ghost"
        onClick={() => request('directoryDelete', { table, id: item.id }).catch((error) => showToast(errorText(error), { tone: 'danger', timeoutMs: 0 }))}
      >
        {tOptions('delete')}
      </Button>
    </li>
  );
}

export function NamedList({ table, title, items }: { table: Table; title: string; items: Array<Topic | Location> }) {
  const [name, setName] = useState('');
  async function add() {
    const trimmed = name.trim();
    if (!trimmed) return;
    await put(table, { id: `${table === 'topics' ? 't' : 'l'}-${crypto.randomUUID().slice(0, 8)}`, name: trimmed, active: true, updatedAt: 0 });
    setName('');
  }
  return (
    <section data-testid={table}>
      <h3>{title}</h3>
      {items.length === 0 ? <p class="ui-muted">{tDir('empty')}</p> : <ul class="options-list">{items.map((item) => <Item key={item.id} table={table} item={item} />)}</ul>}
      <form
        class="options-row options-row--end"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <TextField label={tDir('newName')} value={name} onInput={setName} inputProps={{ maxLength: 200, 'data-testid': `${table}-new` }} />
        <Button type="submit" disabled={!name.trim()} data-testid={`${table}-add`}>
          {tOptions('add')}
        </Button>
      </form>
    </section>
  );
}
