// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, type FixturePage } from '../../../test/fixtures/shared/load-fixture';
import { insertText } from '../insert-text';
import { okAdapter } from './adapter';

const PAGE = 'https://ok.ru/group/70000001234567/topic/156795562550671';
const NOW = Date.parse('2025-03-15T12:00:00+03:00');
const ctx = { pageUrl: PAGE, now: NOW, timeZone: 'Europe/Moscow' };
const TOPIC = 'topic/156795562550671';
const GROUP = { name: 'Администрация г. Заречный', url: 'https://ok.ru/group/70000001234567', id: '70000001234567' };

let page: FixturePage;
let doc: Document;
beforeEach(() => {
  page = loadFixture('ok/topic-page.html', PAGE);
  doc = page.document;
});
afterEach(() => page.close());

const item = (key: string) => {
  const found = okAdapter.findByKey(doc, key, PAGE);
  if (!found) throw new Error(`no item ${key}`);
  return found;
};
const extract = (key: string) => okAdapter.extract(item(key), ctx);

describe('OK topic page: finding items', () => {
  it('finds the topic and its live comments, not the deleted one', () => {
    expect(okAdapter.findItems(doc).map((el) => okAdapter.keyOf(el, PAGE))).toEqual([
      TOPIC,
      `${TOPIC}#comment=175001`,
      `${TOPIC}#comment=175002`,
      `${TOPIC}#comment=175003`,
      `${TOPIC}#comment=175005`,
      `${TOPIC}#comment=175006`,
      `${TOPIC}#comment=175007`,
    ]);
    expect(okAdapter.findByKey(doc, `${TOPIC}#comment=175004`, PAGE)).toBeNull();
  });

  it('puts the button in the topic action bar and the comment footer', () => {
    expect(okAdapter.buttonSlot(item(TOPIC)).parent.className).toBe('mlr_actions');
    // The inner footer line (date, «Ответить»), not the outer footer: the button joins that line.
    expect(okAdapter.buttonSlot(item(`${TOPIC}#comment=175002`)).parent.className).toBe('comments_current__footer__main');
    // Markup without that line: the outer footer.
    const older = item(`${TOPIC}#comment=175003`);
    older.querySelector('.comments_current__footer__main')!.replaceWith(...older.querySelector('.comments_current__footer__main')!.childNodes);
    expect(okAdapter.buttonSlot(older).parent.className).toBe('comments_current__footer');
  });
});

describe('OK topic page: extraction', () => {
  it('reads the topic: group-author JSON, datePublished, photos, unwrapped external link', () => {
    expect(extract(TOPIC)).toEqual({
      network: 'ok',
      kind: 'post',
      itemKey: TOPIC,
      ref: { topicId: '156795562550671', ownerId: '70000001234567' },
      url: PAGE,
      threadUrl: PAGE,
      author: GROUP,
      text:
        '❄️ Какие дворы ещё не расчищены?\nНапишите адрес в комментариях — передадим в МКУ «Благоустройство», бригады выйдут в течение суток.\n' +
        'Срочные вопросы: https://zarechny.ru/snow, телефон 8 (800) 000-00-00.',
      attachments: [
        { type: 'photo', url: 'https://ok.ru/group/70000001234567/album/53001/901001', preview: 'https://ok.ru/__fixtures__/shared/img/photo-snow.svg' },
        { type: 'photo', url: 'https://ok.ru/group/70000001234567/album/53001/901003', preview: 'https://ok.ru/__fixtures__/shared/img/photo-trash.svg' },
      ],
      postedAt: Date.parse('2025-03-12T10:15:00+03:00'),
      postedAtText: '12 мар в 10:15',
      postedAtPrecision: 'second',
      detectedAt: NOW,
      pageUrl: PAGE,
      missing: [],
      markup: 'ok-topic',
    });
  });

  it('falls back to group-author timeInfo.createTime, then to the visible date', () => {
    const topic = item(TOPIC);
    topic.querySelector('meta[itemprop="datePublished"]')!.remove();
    const author = topic.querySelector('group-author')!;
    author.setAttribute('data', JSON.stringify({ group: { name: 'Администрация г. Заречный', href: '/group/70000001234567' }, timeInfo: { createTime: 1741763700000 } }));
    expect(okAdapter.extract(topic, ctx)).toMatchObject({ postedAt: Date.parse('2025-03-12T10:15:00+03:00'), postedAtPrecision: 'second', postedAtText: '12 мар в 10:15' });
    author.setAttribute('data', '{not json');
    expect(okAdapter.extract(topic, ctx)).toMatchObject({ postedAt: Date.parse('2025-03-12T10:15:00+03:00'), postedAtPrecision: 'minute', author: { name: 'Администрация г. Заречный' } });
  });

  it('reads a comment with its exact data-time', () => {
    expect(extract(`${TOPIC}#comment=175001`)).toEqual({
      network: 'ok',
      kind: 'comment',
      itemKey: `${TOPIC}#comment=175001`,
      ref: { topicId: '156795562550671', ownerId: '70000001234567', commentId: '175001' },
      url: `${PAGE}#comment=175001`,
      threadUrl: PAGE,
      author: { name: 'Мария Соколова', url: 'https://ok.ru/profile/577777777777', id: '577777777777' },
      text: 'Двор дома 7 по ул. Мира не чистили с понедельника, машины буксуют.',
      attachments: [],
      postedAt: Date.parse('2025-03-14T18:02:00+03:00'),
      postedAtText: 'вчера в 18:02',
      postedAtPrecision: 'second',
      detectedAt: NOW,
      pageUrl: PAGE,
      missing: [],
      markup: 'ok-topic',
    });
  });

  it('reads a reply: replied-to id as thread, vanity author without id, time from text', () => {
    const reply = extract(`${TOPIC}#comment=175002`);
    expect(reply.ref.threadId).toBe('175001');
    expect(reply.author).toEqual({ name: 'Иван Петров', url: 'https://ok.ru/ivan.petrov' });
    expect(reply.missing).toEqual(['author.id']);
    expect(reply.postedAt).toBe(Date.parse('2025-03-14T19:40:00+03:00'));
    expect(reply.postedAtPrecision).toBe('minute');
  });

  it('keeps hostile text literal, reads emoji and the full text behind «Показать полностью»', () => {
    expect(extract(`${TOPIC}#comment=175003`).text).toBe('<script>alert("xss")</script> <img src=x onerror=alert(1)> [id1|Иван], где ответ администрации?!');
    expect(extract(`${TOPIC}#comment=175005`).text).toBe('Спасибо дворникам! Садовая, 12 — чисто 😀❄️');
    const long = extract(`${TOPIC}#comment=175006`);
    expect(long.text).toBe('Отопление в доме № 5 по ул. Мира:\n— в подъезде +12;\n— в квартирах +16.\nУправляющая компания кивает на теплосеть, теплосеть — на УК. Кто отвечает?');
    expect(long.postedAt).toBe(NOW - 5 * 60_000);
  });
});

describe('OK topic page: answering in place', () => {
  it('«Ответить» sets the input target (INFERRED markup) and the name prefix', async () => {
    const editor = (await okAdapter.openReply(item(`${TOPIC}#comment=175005`)))!;
    expect(editor.id).toBe('field_comment_156795562550671');
    expect((doc.querySelector('input[name="st.rid"]') as HTMLInputElement).value).toBe('175005');
    expect(editor.dataset.model).toBe('Ольга, ');
    expect(okAdapter.sendButton(editor)?.textContent).toBe('Добавить');
  });

  it('answering the topic clears a comment target', async () => {
    await okAdapter.openReply(item(`${TOPIC}#comment=175001`));
    const editor = (await okAdapter.openReply(item(TOPIC)))!;
    expect((doc.querySelector('input[name="st.rid"]') as HTMLInputElement).value).toBe('');
    expect(editor.dataset.model).toBe('');
  });

  it('inserts into the model and finds the published reply under the comment', async () => {
    const target = item(`${TOPIC}#comment=175001`);
    const editor = (await okAdapter.openReply(target))!;
    const result = await insertText(editor, 'бригада будет у дома 7 сегодня до 15:00.');
    expect(result).toEqual({ ok: true, method: 'paste', text: 'Мария, бригада будет у дома 7 сегодня до 15:00.' });
    okAdapter.sendButton(editor)!.click();
    const replies = okAdapter.repliesOf(target, ctx);
    expect(replies.map((reply) => reply.ref.commentId)).toEqual(['175002', '180001']);
    expect(replies[1]).toMatchObject({
      itemKey: `${TOPIC}#comment=180001`,
      url: `${PAGE}#comment=180001`,
      ref: { threadId: '175001' },
      author: GROUP,
      text: 'Мария, бригада будет у дома 7 сегодня до 15:00.',
      postedAtText: 'только что',
    });
    expect(page.window.__sent[0]).toMatchObject({ commentId: '180001', threadId: '175001', url: `${PAGE}#comment=180001` });
  });

  it('ignores a textContent write: nothing is published', async () => {
    const editor = (await okAdapter.openReply(item(TOPIC)))!;
    editor.textContent = 'подмена';
    await new Promise((resolve) => setTimeout(resolve, 0));
    okAdapter.sendButton(editor)!.click();
    expect(page.window.__sent).toEqual([]);
    expect(okAdapter.repliesOf(item(TOPIC), ctx)).toHaveLength(6);
  });
});
