// @vitest-environment happy-dom
/** The first-run wizard: municipality + sample regulation + zone + the current user, in one form. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultPerson } from '../../utils/db/seed';
import { setLocale } from '../../utils/i18n/index';
import type { Regulation } from '../../utils/regulation/schema';
import { defaultSettings } from '../../utils/settings/schema';
import { FirstRunWizard } from './FirstRunWizard';
import { setValue } from '../test-dom';

const request = vi.hoisted(() => vi.fn());
vi.mock('../../utils/extension/messaging', () => ({ request }));

let root: HTMLElement;
beforeEach(() => {
  setLocale('ru');
  request.mockReset();
  request.mockResolvedValue({});
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<FirstRunWizard settings={defaultSettings} me={defaultPerson} takenIds={new Set(['korenovsk', 'luga'])} />, root));
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

const $ = <T extends HTMLElement>(testId: string) => root.querySelector<T>(`[data-testid="${testId}"]`)!;
const type = setValue;
const choose = setValue;
const done = () => act(async () => $('wizard-done').click());

describe('the first-run wizard', () => {
  it('needs the user’s name', () => {
    expect($<HTMLButtonElement>('wizard-done').disabled).toBe(true);
    type($('wizard-name'), 'Иванова Анна');
    expect($<HTMLButtonElement>('wizard-done').disabled).toBe(false);
  });

  it('uses a sample regulation as it is for its own municipality, with the zone override only when it differs', async () => {
    choose($('wizard-preset'), 'blagoveshchensk');
    expect($<HTMLInputElement>('wizard-municipality').value).toBe('Город Благовещенск');
    expect($<HTMLSelectElement>('wizard-zone').value).toBe('Asia/Yakutsk');
    type($('wizard-name'), 'Иванова Анна');
    await done();
    expect(request.mock.calls.map((c) => c[0])).toEqual(['directoryPut', 'updateSettings']);
    expect(request.mock.calls[0]![1]).toMatchObject({ table: 'people', record: { id: 'me', name: 'Иванова Анна', roles: defaultPerson.roles } });
    expect(request.mock.calls[1]![1]).toEqual({ activeRegulationId: 'blagoveshchensk', timeZone: null, currentUserId: 'me' });
  });

  it('copies the sample for another municipality, named after it and in its zone', async () => {
    type($('wizard-municipality'), 'Тихорецкое городское поселение');
    choose($('wizard-zone'), 'Asia/Krasnoyarsk');
    type($('wizard-name'), 'Петров Пётр');
    await done();
    expect(request.mock.calls.map((c) => c[0])).toEqual(['regulationSave', 'directoryPut', 'updateSettings']);
    const copy = request.mock.calls[0]![1].regulation as Regulation;
    expect(copy).toMatchObject({
      id: 'korenovsk-copy',
      basedOn: 'korenovsk',
      timeZone: 'Asia/Krasnoyarsk',
      municipality: { ru: 'Тихорецкое городское поселение' },
      name: { ru: 'Тихорецкое городское поселение: сообщения в социальных сетях' },
    });
    expect(request.mock.calls[2]![1]).toEqual({ activeRegulationId: 'korenovsk-copy', timeZone: null, currentUserId: 'me' });
  });
});
