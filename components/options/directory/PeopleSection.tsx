/** The people of the directory: a table and a card to add or edit each. People are never deleted. */
import { useState } from 'preact/hooks';
import { personRoleLabels, type Person } from '../../../utils/directory/schema';
import { getLocale } from '../../../utils/i18n/index';
import { Badge, Button } from '../../ui/index';
import { PersonDialog } from './PersonDialog';
import { tDir } from './messages';

export function PeopleSection({ people, currentUserId, timeZone }: { people: Person[]; currentUserId: string; timeZone: string }) {
  const [editing, setEditing] = useState<Person | undefined>();
  const byId = new Map(people.map((p) => [p.id, p]));
  return (
    <section data-testid="people">
      <h3>{tDir('people')}</h3>
      <p class="ui-muted">{tDir('peopleHint')}</p>
      <table class="options-table">
        <thead>
          <tr>
            <th>{tDir('name')}</th>
            <th>{tDir('roles')}</th>
            <th>{tDir('department')}</th>
            <th>{tDir('position')}</th>
            <th>{tDir('phone')}</th>
            <th>{tDir('email')}</th>
            <th>{tDir('substitute')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id} class={p.active ? undefined : 'options-inactive'} data-testid={`person-${p.id}`}>
              <td>
                <button type="button" class="options-link" onClick={() => setEditing(p)}>
                  {p.name}
                </button>{' '}
                {p.id === currentUserId && <Badge tone="accent">{tDir('me')}</Badge>} {!p.active && <Badge>{tDir('inactiveMark')}</Badge>}
              </td>
              <td>{p.roles.map((r) => personRoleLabels[r][getLocale()]).join(', ')}</td>
              <td>{p.department}</td>
              <td>{p.position}</td>
              <td>{p.phone}</td>
              <td>{p.email}</td>
              <td>{p.substituteId ? (byId.get(p.substituteId)?.name ?? p.substituteId) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button
        onClick={() =>
          setEditing({ id: `p-${crypto.randomUUID().slice(0, 8)}`, name: '', roles: ['executor'], department: '', position: '', phone: '', email: '', active: true, updatedAt: 0 })
        }
        data-testid="person-add"
      >
        {tDir('addPerson')}
      </Button>
      {editing && <PersonDialog key={editing.id} person={editing} people={people} timeZone={timeZone} onClose={() => setEditing(undefined)} />}
    </section>
  );
}
