// @vitest-environment happy-dom
/**
 * Restore shows the validation result and the counts before anything is written: the first call is
 * a dry run, only the confirmation writes; a bad file shows the Russian error and writes nothing.
 * The backup reminder appears when the last backup is older than a week.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../../utils/i18n/index';
import { defaultSettings } from '../../../utils/settings/schema';
import { BackupRestore } from './BackupRestore';

const request = vi.hoisted(() => vi.fn());
vi.mock('../../../utils/extension/messaging', () => ({ request }));

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 16, 9, 0);
let root: HTMLElement;
beforeEach(() => {
  setLocale('ru');
  request.mockReset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

const $ = (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const table = { added: 0, updated: 0, unchanged: 0 };
const summary = {
  cases: { added: 12, updated: 3, unchanged: 1, skipped: [{ fileId: 'x', localId: 'y' }] },
  people: { added: 2, updated: 0, unchanged: 4 },
  topics: table,
  locations: table,
  templates: table,
  regulations: { added: 1, updated: 0, unchanged: 0 },
  settings: 'kept',
};

function mount(lastBackupAt: number | null) {
  act(() => render(<BackupRestore settings={{ ...defaultSettings, lastBackupAt }} now={NOW} timeZone="Europe/Moscow" />, root));
}

async function pick(text: string) {
  const input = $('restore-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'backup.json', { type: 'application/json' })] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

describe('backup and restore', () => {
  it('reminds when the last backup is older than a week, and not when it is fresh', () => {
    mount(NOW - 8 * DAY);
    expect($('backup-reminder')).not.toBeNull();
    expect($('last-backup')!.textContent).toBe('Последняя резервная копия: 08.03.2026 12:00');
    mount(NOW - 2 * DAY);
    expect($('backup-reminder')).toBeNull();
    mount(null);
    expect($('last-backup')!.textContent).toBe('Резервная копия ещё не делалась.');
    expect($('backup-reminder')).not.toBeNull();
  });

  it('checks the file as a dry run, shows the counts, and writes only on confirmation', async () => {
    request.mockResolvedValue(summary);
    mount(NOW);
    await pick('{"format":"otklik-backup"}');
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenLastCalledWith('importBackup', { json: '{"format":"otklik-backup"}', dryRun: true });
    const shown = $('restore-summary')!.textContent!;
    expect(shown).toContain('Дела1231'); // added, merged, unchanged
    expect(shown).toContain('Пропущено дел, уже записанных здесь под другим номером: 1');
    expect(shown).toContain('Настройки: останутся здешние');
    await act(async () => $('restore-confirm')!.click());
    expect(request).toHaveBeenCalledTimes(2);
    expect(request).toHaveBeenLastCalledWith('importBackup', { json: '{"format":"otklik-backup"}' });
  });

  it('shows why a bad file is refused and offers nothing to write', async () => {
    request.mockRejectedValue(new Error('Файл резервной копии: файл повреждён или обрезан — это не JSON (Unexpected end of JSON input).'));
    mount(NOW);
    await pick('{"format":');
    expect($('restore-error')!.textContent).toContain('Файл не подходит — ничего не изменено');
    expect($('restore-error')!.textContent).toContain('это не JSON');
    expect($('restore-confirm')).toBeNull();
    expect(request).toHaveBeenCalledTimes(1);
  });
});
