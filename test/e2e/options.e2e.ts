/**
 * The options page in Chromium: first-run wizard; copy a preset, change a stage's duration and see
 * the live preview change; save; export the regulation JSON; import a broken file and see the
 * Russian error with nothing changed; type the weekly schedule on the 24-hour clock; add a calendar
 * override and see it in the year view; open the report with cases seeded through the background.
 * Screenshots go to test/e2e/screens/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUSSIAN_TIME_ZONES } from '../../utils/worktime/russian-zones';
import { launchWithExtension, SCREENS_DIR, type ExtensionSession } from './harness/browser';

let session: ExtensionSession;
let page: Page;

async function shot(name: string, fullPage = true) {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENS_DIR, `${name}.png`), fullPage });
}

async function section(id: string) {
  await page.getByTestId(`nav-${id}`).click();
  await page.getByTestId(`section-${id}`).waitFor();
}

beforeAll(async () => {
  session = await launchWithExtension();
  page = await session.openExtensionPage('options.html');
  await page.getByTestId('app-ready').waitFor({ timeout: 15_000 });
});
afterAll(async () => {
  await session?.close();
});

describe('the options page', () => {
  it('asks a fresh install for the municipality, the regulation, the zone and the user', async () => {
    await page.getByTestId('first-run').waitFor();
    await shot('options-first-run');
    await page.getByTestId('wizard-name').fill('Иванова Анна Сергеевна');
    await page.getByTestId('wizard-done').click();
    await page.getByTestId('first-run').waitFor({ state: 'detached' });
  });

  it('copies a preset, edits a stage with validation and a live preview, and saves it', async () => {
    await section('regulation');
    await expect(page.getByTestId('regulation-view').textContent()).resolves.toContain('п. 9');
    await page.getByTestId('regulation-copy').click();
    await page.getByTestId('regulation-editor').waitFor();
    const due = page.getByTestId('preview-answer-due');
    const before = await due.textContent();

    await page.getByTestId('stage-answer-toggle').click();
    const duration = page.getByTestId('stage-answer-duration');
    await duration.fill('восемь');
    await expect(page.getByTestId('stage-answer').textContent()).resolves.toContain('введите число');
    await expect(page.getByTestId('regulation-save').isDisabled()).resolves.toBe(true);
    await page.getByTestId('regulation-invalid').waitFor();

    await duration.fill('6');
    await page.waitForFunction((text) => document.querySelector('[data-testid="preview-answer-due"]')?.textContent !== text, before);
    const after = await due.textContent();
    expect(after).not.toBe(before);
    await shot('options-regulation-editor');
    await page.getByTestId('stage-answer').scrollIntoViewIfNeeded();
    await shot('options-stage-answer', false);
    await page.getByTestId('deadline-preview').scrollIntoViewIfNeeded();
    await shot('options-preview', false);

    await page.getByTestId('regulation-save').click();
    await page.getByTestId('regulation-activate').click();
    await page.waitForFunction(() => {
      const select = document.querySelector<HTMLSelectElement>('select[data-testid="regulation-select"]');
      return select?.value === 'korenovsk-copy' && select.selectedOptions[0]?.textContent?.includes('Действует');
    });
    await expect(page.locator('select[data-testid="regulation-select"]').inputValue()).resolves.toBe('korenovsk-copy');
  });

  it('exports the regulation as JSON', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('regulation-export').click()]);
    expect(download.suggestedFilename()).toBe('korenovsk-copy.regulation.json');
    const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(json).toMatchObject({ formatVersion: 1, id: 'korenovsk-copy', basedOn: 'korenovsk' });
    expect(json.stages.find((s: { id: string }) => s.id === 'answer').term).toEqual({ kind: 'after', duration: 6, unit: 'hours', clock: 'working' });
  });

  it('refuses a broken regulation file with a Russian error and changes nothing', async () => {
    const options = () => page.locator('select[data-testid="regulation-select"] option').allTextContents();
    const before = await options();
    const input = page.getByTestId('regulation-import-file');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"formatVersion": 1, "id": "korenovsk-2", "name": ') });
    const error = page.getByTestId('regulation-import-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/Регламент: файл не является JSON/);
    await input.setInputFiles({
      name: 'wrong.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ formatVersion: 1, id: 'Плохой id' })),
    });
    await page.waitForFunction(() => /поле «/.test(document.querySelector('[data-testid="regulation-import-error"]')?.textContent ?? ''));
    await shot('options-import-error');
    expect(await options()).toEqual(before);
  });

  it('adds a calendar override and shows it in the year view', async () => {
    await section('worktime');
    // Every Russian time zone is offered, besides «as in the regulation».
    const zones = await page.locator('select[data-testid="timezone"] option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(zones).toEqual(['', ...RUSSIAN_TIME_ZONES.map((z) => z.id)]);
    const year = Number(await page.getByTestId('year-title').textContent());
    // A working Saturday 10:00–14:00 in the weekly schedule of the copy in force.
    const first = [1, 2, 3, 4, 5, 6, 7].find((d) => new Date(Date.UTC(year, 6, d)).getUTCDay() === 6)!;
    const saturday = page.getByTestId(`day-${year}-07-0${first}`);
    await expect(saturday.getAttribute('data-kind')).resolves.toBe('weekend');
    // Times are typed on the 24-hour clock (a text field, not type=time, which shows AM/PM in an
    // English-locale browser): «10» becomes «10:00» when the field is left; 25:00 is refused.
    const monEnd = page.getByTestId('week-mon-1-to');
    await expect(monEnd.getAttribute('type')).resolves.toBe('text');
    await expect(monEnd.getAttribute('inputmode')).resolves.toBe('numeric');
    await expect(monEnd.inputValue()).resolves.toBe('18:00');
    expect(await page.locator('[data-testid="section-worktime"] input[type="time"]').count()).toBe(0);
    await page.getByTestId('week-sat-add').click();
    const satFrom = page.getByTestId('week-sat-0-from');
    await satFrom.fill('25:00');
    await satFrom.press('Tab');
    await page.getByText('Часы — от 00 до 23').waitFor();
    await expect(page.getByTestId('week-save').isDisabled()).resolves.toBe(true);
    await satFrom.fill('10');
    await satFrom.press('Tab');
    await expect(satFrom.inputValue()).resolves.toBe('10:00');
    await page.getByTestId('week-sat-0-to').fill('14:00');
    await page.getByTestId('week-sat-0-to').scrollIntoViewIfNeeded();
    await shot('options-week-24h', false);
    await page.getByTestId('week-save').click();
    await page.locator(`[data-testid="day-${year}-07-0${first}"][data-kind="working"]`).waitFor();
    await expect(saturday.getAttribute('title')).resolves.toContain('4 ч');
    const date = `${year}-07-15`;
    const day = page.getByTestId(`day-${date}`);
    await expect(day.getAttribute('data-override')).resolves.toBeNull();
    await day.click();
    await page.getByTestId('override-dialog').waitFor();
    await page.locator('select[data-testid="override-kind"]').selectOption('off');
    await page.getByTestId('override-note').fill('День края (пример)');
    await page.getByTestId('override-save').click();
    await page.locator(`[data-testid="day-${date}"][data-override="true"]`).waitFor();
    await expect(day.getAttribute('data-kind')).resolves.not.toBe('working');
    await expect(page.getByTestId(`override-${date}`).textContent()).resolves.toContain('День края');
    await page.getByTestId('year-next').click();
    await page.getByTestId('year-next').click();
    await shot('options-year-view');
  });
});

describe('the directory, data and language', () => {
  it('keeps people with a stand-in and topics', async () => {
    await section('directory');
    await page.getByTestId('person-add').click();
    await page.getByTestId('person-dialog').waitFor();
    await page.getByTestId('person-name').fill('Петров Пётр Петрович');
    await page.locator('select[data-testid="person-substitute"]').selectOption('me');
    await page.getByTestId('person-save').click();
    await page.getByTestId('person-dialog').waitFor({ state: 'detached' });
    const row = page.locator('[data-testid^="person-p-"]').filter({ hasText: 'Петров Пётр Петрович' });
    await expect(row.textContent()).resolves.toContain('Иванова Анна Сергеевна');
    await page.getByTestId('topics-new').fill('Дороги и тротуары');
    await page.getByTestId('topics-add').click();
    await page.getByTestId('topics').getByText('Дороги и тротуары').waitFor();
    await shot('options-directory');
  });

  it('saves a backup, then the reminder is gone; shows the storage status', async () => {
    await section('data');
    await page.getByTestId('backup-reminder').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-export').click()]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toMatchObject({ format: 'otklik-backup' });
    await page.getByTestId('backup-reminder').waitFor({ state: 'detached' });
    await expect(page.getByTestId('last-backup').textContent()).resolves.toMatch(/Последняя резервная копия: \d{2}\.\d{2}\.\d{4}/);
    await page.getByTestId('persistence').waitFor();
    await shot('options-data');
  });

  it('switches the interface language', async () => {
    await section('language');
    await page.getByTestId('locale-en').check();
    await page.waitForFunction(() => document.querySelector('[data-testid="nav-regulation"]')?.textContent === 'Regulation');
    await page.getByTestId('locale-ru').check();
    await page.waitForFunction(() => document.querySelector('[data-testid="nav-regulation"]')?.textContent === 'Регламент');
  });
});

describe('the report', () => {
  it('shows seeded cases, exports CSV and XLSX', async () => {
    const seeded = await page.evaluate(async () => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime;
      const send = (type: string, payload: unknown) => runtime.sendMessage({ otklik: 1, type, payload }) as Promise<{ ok: boolean; data: { caseId: string; version: number }; error?: string }>;
      const now = Date.now();
      const detected = now - 2 * 3600_000;
      const item = (n: number) => ({
        network: n === 3 ? 'ok' : 'vk',
        kind: 'comment',
        itemKey: `wall-1_2?reply=${n}`,
        ref: { ownerId: '-1', postId: '2', commentId: String(n) },
        url: `https://vk.com/wall-1_2?reply=${n}`,
        threadUrl: 'https://vk.com/wall-1_2',
        author: { name: `Житель ${n}`, id: String(100 + n) },
        text: `Сообщение ${n}: когда уберут снег во дворе?`,
        attachments: [],
        postedAt: detected - 60_000,
        detectedAt: detected + n * 60_000,
        pageUrl: 'https://vk.com/wall-1_2',
        missing: [],
        markup: 'e2e',
      });
      const [one, two, three] = [await send('capture', item(1)), await send('capture', item(2)), await send('capture', item(3))];
      const states = [one, two, three];
      const step = async (state: { data: { caseId: string; version: number } }, type: string, data: unknown, minutes: number) => {
        const reply = await send('appendEvent', { caseId: state.data.caseId, event: { type, data, at: detected + minutes * 60_000 }, expectedVersion: state.data.version });
        return reply as { ok: boolean; data: { caseId: string; version: number }; error?: string };
      };
      let first = one;
      first = await step(first, 'routed', { executors: ['me'], topic: 'Благоустройство' }, 10);
      first = await step(first, 'draftSubmitted', { kind: 'answer', text: 'Снег уберут до вечера.' }, 20);
      first = await step(first, 'approved', {}, 25);
      first = await step(first, 'published', { kind: 'answer' }, 30);
      const second = await step(two, 'routed', { executors: ['me'] }, 12);
      const third = await step(three, 'rejected', { reason: 'obscene' }, 15);
      return [states, first, second, third].flat().map((r) => (r as { ok: boolean; error?: string }).ok || (r as { error?: string }).error);
    });
    expect(seeded.every((ok) => ok === true)).toBe(true);

    await section('report');
    await page.getByTestId('report-body').waitFor();
    await expect(page.getByTestId('report-card-captured').textContent()).resolves.toContain('3');
    await expect(page.getByTestId('report-card-notSubject').textContent()).resolves.toContain('1');
    await expect(page.getByTestId('report-table-byExecutor').textContent()).resolves.toContain('Иванова Анна Сергеевна');
    await expect(page.getByTestId('report-municipality').textContent()).resolves.toContain('Кореновское');
    await shot('report');
    await page.emulateMedia({ media: 'print' });
    // A4 print: the report alone, without the menu, the period picker and the buttons.
    await expect(page.getByTestId('report-csv').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('report-period').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('nav-report').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('report-table-byExecutor').isVisible()).resolves.toBe(true);
    await shot('report-print');
    await page.emulateMedia({ media: 'screen' });

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-csv').click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Выявлено сообщений;3;');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^otklik-report-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
