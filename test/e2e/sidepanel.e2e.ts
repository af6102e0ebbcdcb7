/**
 * The side panel in Chromium, 400 px wide: cases are seeded through the background (`capture`,
 * `directoryPut` messages) and driven through the page as an operator would — route → draft →
 * return with a reason → revise → approve → insert (graceful while the on-page part is absent) →
 * mark published; interim → final; not subject; the 59-FZ text; the stand-in of an absent executor.
 * Every deadline row is checked against computeDeadlines over the stored timeline. Screenshots go
 * to test/e2e/screens/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDue } from '../../components/case/format';
import { calendarFor, computeDeadlines } from '../../utils/cases/deadlines';
import type { Case } from '../../utils/cases/schema';
import { regulationPresets } from '../../utils/regulation/index';
import type { CapturedItem } from '../../utils/sites/types';
import { launchWithExtension, SCREENS_DIR, type ExtensionSession } from './harness/browser';

/** The extension API inside page.evaluate (the test itself runs in Node). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const regulation = regulationPresets.korenovsk; // the default regulation of a new database
const calendar = calendarFor(regulation);
const VIEWPORT = { width: 400, height: 900 };

let session: ExtensionSession;
let helper: Page;
let item = 0;

async function send<T = unknown>(type: string, payload: unknown): Promise<T> {
  const reply = (await helper.evaluate(([t, p]) => chrome.runtime.sendMessage({ otklik: 1, type: t, payload: p }), [type, payload] as const)) as {
    ok: boolean;
    data?: T;
    error?: string;
  };
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.data as T;
}

async function capture(text: string, overrides: Partial<CapturedItem> = {}): Promise<string> {
  item += 1;
  const now = Date.now();
  const captured: CapturedItem = {
    network: 'vk',
    kind: 'comment',
    itemKey: `wall-1_100?reply=${item}`,
    ref: { ownerId: '-1', postId: '100', commentId: String(item) },
    url: `https://vk.com/wall-1_100?reply=${item}`,
    threadUrl: 'https://vk.com/wall-1_100',
    author: { name: `Житель ${item}`, url: `https://vk.com/id${1000 + item}`, id: String(1000 + item) },
    text,
    attachments: [{ type: 'photo', url: 'https://vk.com/photo-1_1', preview: 'https://vk.com/__fixtures__/shared/img/photo-pothole.svg' }],
    postedAt: now - 20 * 60_000,
    postedAtText: '20 минут назад',
    postedAtPrecision: 'minute',
    detectedAt: now,
    pageUrl: 'https://vk.com/wall-1_100',
    missing: [],
    markup: 'vk-react',
    ...overrides,
  };
  return (await send<{ caseId: string }>('capture', captured)).caseId;
}

async function storedCase(page: Page, id: string): Promise<Case> {
  return page.evaluate(
    (caseId) =>
      new Promise<Case>((resolve, reject) => {
        const open = indexedDB.open('otklik');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('cases').objectStore('cases').get(caseId);
          get.onsuccess = () => {
            resolve(get.result as Case);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

async function openPanel(id?: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html${id ? `?case=${encodeURIComponent(id)}` : ''}`);
  await page.getByTestId('app-ready').waitFor();
  return page;
}

async function waitForStatus(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="case"][data-status="${status}"]`).waitFor({ timeout: 10_000 });
}

async function screenshot(page: Page, name: string): Promise<void> {
  // The header is sticky: from the top, the full-page picture shows it where the operator sees it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENS_DIR, `sidepanel-${name}.png`), fullPage: true });
}

/** Every deadline row of the panel against computeDeadlines over the stored case. */
async function expectDeadlinesMatch(page: Page, id: string): Promise<void> {
  // The panel re-renders from the same stored case; wait until it shows its version.
  const c = await storedCase(page, id);
  await page.locator(`[data-testid="case"][data-version="${c.version}"]`).waitFor();
  const now = Date.now();
  const expected = computeDeadlines(c, regulation, calendar, now);
  const rows = page.getByTestId('deadline-row');
  await expect.poll(() => rows.count()).toBe(expected.length);
  for (const deadline of expected) {
    const row = page.locator(`[data-testid="deadline-row"][data-stage="${deadline.stage}"]`);
    expect(await row.getAttribute('data-due'), deadline.stage).toBe(String(deadline.due));
    expect(await row.getByTestId('deadline-due').textContent(), deadline.stage).toBe(formatDue(deadline.due, regulation.timeZone, now));
    const state = await row.getAttribute('data-state');
    if (deadline.done !== undefined) expect(state, deadline.stage).toBe(deadline.late ? 'doneLate' : 'done');
    else if (deadline.stopped !== undefined) expect(state, deadline.stage).toBe('stopped');
    else if (deadline.optional) expect(state, deadline.stage).toBe('optional');
    else expect(['pending', 'overdue'], deadline.stage).toContain(state);
  }
}

/** A deadline row's due moment, checked against the regulation's own words (not only the engine). */
async function expectDue(page: Page, stage: string, due: number, why: string): Promise<void> {
  await expect.poll(() => page.locator(`[data-testid="deadline-row"][data-stage="${stage}"]`).getAttribute('data-due'), { message: why }).toBe(String(due));
}

describe('the side panel drives a case through the regulation', () => {
  beforeAll(async () => {
    mkdirSync(SCREENS_DIR, { recursive: true });
    session = await launchWithExtension({ viewport: VIEWPORT });
    helper = await session.openExtensionPage('popup.html');
    await send('directoryPut', {
      table: 'people',
      record: { id: 'ivanova', name: 'Мария Иванова', roles: ['executor'], department: 'Отдел ЖКХ', phone: '+7 861 420-00-00', email: 'ivanova@example.org' },
    });
    await send('directoryPut', { table: 'people', record: { id: 'petrov', name: 'Пётр Петров', roles: ['executor'], department: 'МКУ «Благоустройство»' } });
    await send('directoryPut', { table: 'topics', record: { id: 'roads', name: 'Дороги' } });
    await send('directoryPut', {
      table: 'templates',
      record: { id: 'thanks', name: 'Благодарим за сообщение', kind: 'answer', body: '{{author}}, здравствуйте! Спасибо за сообщение. Ответственный: {{executor}}, {{phone}}.' },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the how-to when there are no cases', async () => {
    const page = await openPanel();
    await page.getByTestId('picker-empty').waitFor();
    await screenshot(page, '00-empty');
    await page.close();
  });

  it('route → draft → return with a reason → revise → approve → insert → mark published → answered', async () => {
    const id = await capture('Здравствуйте! Яма на дороге у дома 5 по ул. Ленина,\nуже неделю никто не чинит.');
    const page = await openPanel(id);
    await waitForStatus(page, 'new');
    await expect.poll(() => page.getByTestId('captured-text').textContent()).toBe('Здравствуйте! Яма на дороге у дома 5 по ул. Ленина,\nуже неделю никто не чинит.');
    await expectDeadlinesMatch(page, id);
    await screenshot(page, '01-new');

    // Routing, with high importance: the answer deadline shortens before it is even saved.
    await page.getByTestId('route-executor').selectOption('ivanova');
    await page.getByTestId('route-topic').fill('Дороги');
    await page.getByTestId('route-importance').selectOption('high');
    await page.getByTestId('importance-preview').waitFor();
    await screenshot(page, '02-routing-form');
    await page.getByTestId('route-submit').click();
    await waitForStatus(page, 'inWork');
    await expectDeadlinesMatch(page, id);
    const routed = await storedCase(page, id);
    const routedAt = routed.events.at(-1)!.at;
    await expectDue(page, 'route', calendar.addWorkingMinutes(routed.detectedAt, 30).getTime(), 'p. 10: routed within 30 working minutes of detection');
    await expectDue(page, 'answer', calendar.addWorkingMinutes(routed.detectedAt, 4 * 60).getTime(), 'p. 17: a high-importance incident is answered within 4 working hours');
    await expectDue(page, 'clarify', calendar.addWorkingMinutes(routedAt, 60).getTime(), 'p. 13: a clarification request within 1 working hour of receipt');
    await screenshot(page, '03-routed');

    // A draft with a template, bureaucratese and a Latin letter: hints, never blocking.
    await page.getByTestId('draft-template').selectOption('thanks');
    await expect.poll(() => page.getByTestId('draft-text').inputValue()).toContain('Мария Иванова, +7 861 420-00-00');
    await page.getByTestId('draft-text').fill('Житель 1, здравствуйте! В целях устранения данной ямы осуществляется ремонт дорoги  до пятницы');
    await page.locator('[data-hint="bureaucratese"]').first().waitFor();
    await screenshot(page, '04-draft-hints');
    await page.getByTestId('submit-draft').click();
    await waitForStatus(page, 'onApproval');
    await expectDeadlinesMatch(page, id);

    // Return with a reason of Korenovsk p. 14.
    await page.getByTestId('return-reason').selectOption('spelling');
    await page.getByTestId('return-comment').fill('Латинская «o» в слове «дороги», нет точки в конце.');
    await screenshot(page, '05-return-form');
    await page.getByTestId('return-draft').click();
    await waitForStatus(page, 'returned');
    await page.getByTestId('last-return').waitFor();
    await expectDeadlinesMatch(page, id);
    await screenshot(page, '06-returned');

    // Revise: the returned text is in the editor; fix it in one click per hint, then resubmit.
    await expect.poll(() => page.getByTestId('draft-text').inputValue()).toContain('дорoги');
    await page.getByTestId('draft-text').fill('Житель 1, здравствуйте! Яму заделаем до пятницы, бригада уже выехала. Спасибо, что написали.');
    await page.getByTestId('submit-draft').click();
    await waitForStatus(page, 'onApproval');

    await page.getByTestId('approve').click();
    await waitForStatus(page, 'approved');
    await expectDeadlinesMatch(page, id);
    const approvedAt = (await storedCase(page, id)).events.at(-1)!.at;
    await expectDue(page, 'publish', calendar.addWorkingMinutes(approvedAt, 30).getTime(), 'p. 16: published within 30 working minutes of approval');
    await screenshot(page, '07-approved');

    // «Вставить в ветку»: until the on-page part answers, the background's message is shown.
    await page.getByTestId('insert-answer').click();
    await page.locator('[data-testid="insert-result"], [data-testid="insert-error"]').first().waitFor();
    await screenshot(page, '08-insert');

    await page.getByTestId('published-url').fill('https://vk.com/wall-1_100?reply=900');
    await page.getByTestId('mark-published').click();
    await waitForStatus(page, 'answered');
    await expect.poll(() => page.getByTestId('reply-link').getAttribute('href')).toBe('https://vk.com/wall-1_100?reply=900');
    await expectDeadlinesMatch(page, id);
    const c = await storedCase(page, id);
    expect(c.events.map((e) => e.type)).toEqual(['captured', 'routed', 'draftSubmitted', 'returnedForRevision', 'draftSubmitted', 'approved', 'published']);
    expect(await page.getByTestId('timeline').locator('li').count()).toBe(c.events.length);
    await screenshot(page, '09-answered');
    await page.close();
  });

  it('interim answer → final answer within 7 working days', async () => {
    const id = await capture('Когда отремонтируют крышу детского сада №3? Течёт уже месяц.');
    const page = await openPanel(id);
    await page.getByTestId('route-executor').selectOption('petrov');
    await page.getByTestId('route-submit').click();
    await waitForStatus(page, 'inWork');
    await page.getByTestId('draft-kind').selectOption('interim');
    await page.getByTestId('draft-text').fill('Здравствуйте! Смета на ремонт крыши готовится, подробный ответ дадим в течение недели.');
    await page.getByTestId('submit-draft').click();
    await waitForStatus(page, 'onApproval');
    await page.getByTestId('approve').click();
    await waitForStatus(page, 'approved');
    await page.getByTestId('mark-published').click();
    await waitForStatus(page, 'interim');
    await page.locator('[data-testid="deadline-row"][data-stage="final"]').waitFor();
    await expectDeadlinesMatch(page, id);
    const interimAt = (await storedCase(page, id)).events.at(-1)!.at;
    await expectDue(page, 'final', calendar.addWorkingDays(interimAt, 7).getTime(), 'p. 18: the final answer by the end of the 7th working day after the interim one');
    await screenshot(page, '10-interim');

    // The case stays in work; the final answer goes the same way.
    expect(await page.locator('[data-testid="draft-kind"] option[value="interim"]').isDisabled()).toBe(true);
    await page.getByTestId('draft-text').fill('Здравствуйте! Крышу отремонтируют с 1 по 5 декабря, подрядчик определён.');
    await page.getByTestId('submit-draft').click();
    await waitForStatus(page, 'onApproval');
    await page.getByTestId('approve').click();
    await waitForStatus(page, 'approved');
    expect(await page.getByTestId('publish').getAttribute('data-publication')).toBe('finalPublished');
    await page.getByTestId('mark-published').click();
    await waitForStatus(page, 'answered');
    await expectDeadlinesMatch(page, id);
    expect((await storedCase(page, id)).events.at(-1)!.type).toBe('finalPublished');
    await screenshot(page, '11-final');
    await page.close();
  });

  it('records «not subject to an answer» with a ground of the regulation', async () => {
    const id = await capture('Текст с нецензурной бранью.');
    const page = await openPanel(id);
    await page.getByTestId('more-actions').locator('summary').click();
    await page.getByTestId('reject-reason').selectOption('obscene');
    await screenshot(page, '12-reject-form');
    await page.getByTestId('reject').click();
    await waitForStatus(page, 'notSubject');
    await expectDeadlinesMatch(page, id);
    await screenshot(page, '13-not-subject');
    await page.close();
  });

  it('converts to an official appeal under 59-FZ and gives the text to copy', async () => {
    const id = await capture('Прошу выдать копию решения о сносе моего гаража, нужны документы.');
    const page = await openPanel(id);
    await page.getByTestId('more-actions').locator('summary').click();
    await page.getByTestId('appeal-consent').check();
    await page.getByTestId('appeal-name').fill('Сидоров Иван Петрович');
    await page.getByTestId('appeal-email').fill('sidorov@example.org');
    await page.getByTestId('appeal-phone').fill('+7 900 000-00-00');
    await page.getByTestId('convert-appeal').click();
    await waitForStatus(page, 'appeal');
    const text = await page.getByTestId('appeal-text').inputValue();
    expect(text).toContain('Фамилия, имя, отчество: Сидоров Иван Петрович');
    expect(text).toContain('Адрес электронной почты для ответа: sidorov@example.org');
    expect(text).toContain('№ 59-ФЗ');
    expect(text).toContain('«Прошу выдать копию решения о сносе моего гаража, нужны документы.»');
    await screenshot(page, '14-appeal');
    await page.close();
  });

  it('routes to the stand-in of an absent executor (seed 002 p. 6)', async () => {
    await send('directoryPut', {
      table: 'people',
      record: { id: 'sidorova', name: 'Анна Сидорова', roles: ['executor'], substituteId: 'petrov', absentUntil: Date.now() + 2 * 86_400_000 },
    });
    const id = await capture('Во дворе дома 7 не работает освещение.');
    const page = await openPanel(id);
    await page.getByTestId('route-executor').selectOption('sidorova');
    await expect.poll(() => page.getByTestId('route-absent').textContent()).toContain('Замещает: Пётр Петров');
    await screenshot(page, '17-stand-in');
    await page.getByTestId('route-stand-in').click();
    await expect.poll(() => page.getByTestId('route-executor').inputValue()).toBe('petrov');
    await page.getByTestId('route-submit').click();
    await waitForStatus(page, 'inWork');
    expect((await storedCase(page, id)).executors).toEqual(['petrov']);
    await page.close();
  });

  it('gives the assignment text, lists urgent cases with no case given, and follows showCase', async () => {
    const first = await capture('Не горит фонарь на остановке «Школа».');
    const second = await capture('Когда вывезут мусор с площадки на ул. Мира?');
    const page = await openPanel();
    await page.getByTestId('picker').waitFor();
    await screenshot(page, '15-picker');
    await page.locator(`[data-testid="picker-case"][data-case-id="${first}"]`).click();
    await waitForStatus(page, 'new');
    expect(new URL(page.url()).searchParams.get('case')).toBe(first);

    await page.getByTestId('route-executor').selectOption('ivanova');
    await page.getByTestId('route-submit').click();
    await waitForStatus(page, 'inWork');
    await page.getByTestId('assignment').locator('summary').click();
    const assignment = await page.getByTestId('assignment-text').inputValue();
    const c = await storedCase(page, first);
    const pending = computeDeadlines(c, regulation, calendar, Date.now()).filter((d) => d.done === undefined && d.stopped === undefined && !d.optional);
    for (const d of pending) expect(assignment).toContain(d.label.ru);
    expect(assignment).toContain('Кому: Мария Иванова');
    expect(assignment).toContain('«Не горит фонарь на остановке «Школа».»');
    await screenshot(page, '16-assignment');

    // Another context opens a case: the open panel switches to it.
    await helper.evaluate((caseId) => chrome.runtime.sendMessage({ otklik: 1, type: 'showCase', payload: { caseId } }).catch(() => undefined), second);
    await page.locator(`[data-testid="case"][data-case-id="${second}"]`).waitFor();
    await page.goBack();
    await page.locator(`[data-testid="case"][data-case-id="${first}"]`).waitFor();
    await page.close();
  });
});
