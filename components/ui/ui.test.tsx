// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Alert, Badge, Button, Checkbox, Dialog, EmptyState, IconButton, NetworkIcon, Select, showToast, StatusPill, TabPanel, Tabs, TextField, ToastRegion, Toolbar } from './index';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});
const mount = (vnode: preact.ComponentChild) => act(() => render(vnode, root));
const key = (target: Element, k: string, init: KeyboardEventInit = {}) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));
  });

describe('Button', () => {
  it('is a non-submitting button with its variant, and clicks', () => {
    const onClick = vi.fn();
    mount(<Button variant="primary" onClick={onClick}>Сохранить</Button>);
    const button = root.querySelector('button')!;
    expect(button.getAttribute('type')).toBe('button');
    expect(button.className).toContain('ui-button--primary');
    act(() => button.click());
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('is busy and blocked while loading, keeping its label', () => {
    const onClick = vi.fn();
    mount(<Button loading onClick={onClick}>Отправить</Button>);
    const button = root.querySelector('button')!;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.textContent).toContain('Отправить');
    act(() => button.click());
    expect(onClick).not.toHaveBeenCalled();
  });

  it('IconButton is named by its label', () => {
    mount(<IconButton label="Открыть в ВК" icon={<svg />} />);
    const button = root.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Открыть в ВК');
    expect(button.title).toBe('Открыть в ВК');
  });
});

describe('fields', () => {
  it('TextField wires label, hint and Russian error to the input', () => {
    const onInput = vi.fn();
    mount(<TextField label="Телефон" hint="Для задания исполнителю" error="Неверный номер" value="" onInput={onInput} required />);
    const input = root.querySelector('input')!;
    const label = root.querySelector('label')!;
    expect(label.getAttribute('for')).toBe(input.id);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent);
    expect(described).toEqual(['Неверный номер', 'Для задания исполнителю']);
    input.value = '+7';
    act(() => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onInput).toHaveBeenCalledWith('+7');
  });

  it('Select reports the chosen value; Checkbox reports checked', () => {
    const onChange = vi.fn();
    const onCheck = vi.fn();
    mount(
      <>
        <Select label="Статус" labelHidden value="a" onChange={onChange} options={[{ value: 'a', label: 'Все' }, { value: 'b', label: 'Новые' }]} />
        <Checkbox label="Только просроченные" checked={false} onChange={onCheck} />
      </>,
    );
    const select = root.querySelector('select')!;
    expect(root.querySelector('label')!.className).toContain('ui-visually-hidden');
    select.value = 'b';
    act(() => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith('b');
    act(() => root.querySelector<HTMLInputElement>('input[type=checkbox]')!.click());
    expect(onCheck).toHaveBeenCalledWith(true);
  });
});

describe('Tabs', () => {
  function Harness() {
    const [tab, setTab] = useState<'a' | 'b' | 'c'>('a');
    return (
      <>
        <Tabs idBase="t" label="Разделы" selected={tab} onSelect={setTab} tabs={[{ id: 'a', label: 'Дело' }, { id: 'b', label: 'Черновик', count: 2 }, { id: 'c', label: 'История' }]} />
        <TabPanel idBase="t" tabId="a" selected={tab === 'a'}>A</TabPanel>
        <TabPanel idBase="t" tabId="b" selected={tab === 'b'}>B</TabPanel>
        <TabPanel idBase="t" tabId="c" selected={tab === 'c'}>C</TabPanel>
      </>
    );
  }

  it('moves with arrow keys, Home and End, with roving tabindex and linked panels', () => {
    mount(<Harness />);
    const tabs = () => Array.from(root.querySelectorAll<HTMLButtonElement>('[role=tab]'));
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    key(tabs()[0]!, 'ArrowRight');
    expect(tabs()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabs()[1]);
    expect(root.querySelector<HTMLElement>('#t-panel-b')!.hidden).toBe(false);
    expect(root.querySelector<HTMLElement>('#t-panel-a')!.hidden).toBe(true);
    key(tabs()[1]!, 'End');
    expect(tabs()[2]!.getAttribute('aria-selected')).toBe('true');
    key(tabs()[2]!, 'ArrowRight');
    expect(tabs()[0]!.getAttribute('aria-selected')).toBe('true');
    key(tabs()[0]!, 'ArrowLeft');
    expect(tabs()[2]!.getAttribute('aria-selected')).toBe('true');
    expect(tabs()[2]!.getAttribute('aria-controls')).toBe('t-panel-c');
  });
});

describe('Dialog', () => {
  it('focuses inside, traps Tab, closes on Escape and restores focus', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const onClose = vi.fn();
    mount(
      <Dialog open onClose={onClose} title="Вернуть на доработку" footer={<Button>Вернуть</Button>}>
        <input data-testid="reason" />
      </Dialog>,
    );
    const dialog = root.querySelector('[role=dialog]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Вернуть на доработку');
    expect(document.activeElement).toBe(root.querySelector('[data-testid=reason]'));
    const footerButton = root.querySelector<HTMLButtonElement>('.ui-dialog__footer button')!;
    footerButton.focus();
    key(footerButton, 'Tab');
    expect(document.activeElement).toBe(root.querySelector('.ui-dialog__header button'));
    key(dialog, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    mount(<Dialog open={false} onClose={onClose} title="x">y</Dialog>);
    expect(root.querySelector('[role=dialog]')).toBeNull();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });
});

describe('feedback and marks', () => {
  it('Alert uses role=alert for errors and status for info', () => {
    mount(
      <>
        <Alert tone="danger">Не удалось сохранить</Alert>
        <Alert tone="info">Сохранено</Alert>
      </>,
    );
    expect(Array.from(root.querySelectorAll('.ui-alert')).map((a) => a.getAttribute('role'))).toEqual(['alert', 'status']);
  });

  it('showToast appears in the region and goes away after its timeout', () => {
    vi.useFakeTimers();
    try {
      mount(<ToastRegion />);
      act(() => {
        showToast('Дело взято в работу', { timeoutMs: 1000 });
      });
      expect(root.querySelector('[data-testid=toast-region]')!.textContent).toContain('Дело взято в работу');
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(root.querySelector('[data-testid=toast-region]')!.textContent).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('NetworkIcon is a named image unless decorative', () => {
    mount(
      <>
        <NetworkIcon network="vk" />
        <NetworkIcon network="ok" decorative />
      </>,
    );
    const [vk, ok] = Array.from(root.querySelectorAll('svg'));
    expect(vk!.getAttribute('role')).toBe('img');
    expect(vk!.getAttribute('aria-label')).toBe('ВКонтакте');
    expect(ok!.getAttribute('aria-hidden')).toBe('true');
  });

  it('Badge, StatusPill, Toolbar and EmptyState render their content with tone classes', () => {
    mount(
      <Toolbar label="Фильтры">
        <Badge tone="provisional">предв.</Badge>
        <StatusPill tone="overdue">Просрочено</StatusPill>
        <EmptyState title="Очередь пуста">Нажмите «Взять в работу»</EmptyState>
      </Toolbar>,
    );
    expect(root.querySelector('[role=group]')!.getAttribute('aria-label')).toBe('Фильтры');
    expect(root.querySelector('.ui-badge')!.className).toContain('ui-tone-provisional');
    expect(root.querySelector('.ui-pill')!.className).toContain('ui-tone-overdue');
    expect(root.querySelector('.ui-empty')!.textContent).toContain('Взять в работу');
  });
});
