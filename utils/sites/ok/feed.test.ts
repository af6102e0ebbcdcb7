// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { loadFixture, type FixturePage } from '../../../test/fixtures/shared/load-fixture';
import { insertText } from '../insert-text';
import { okAdapter } from './adapter';

const FEED = 'https://ok.ru/group/70000001234567';
const LAYER = 'https://ok.ru/zarechny.adm/topic/156795562550690';
const NOW = Date.parse('2025-03-15T12:00:00+03:00');
const T2 = 'topic/156795562550690';

let page: FixturePage;
afterEach(() => page.close());

describe('OK group feed', () => {
  const ctx = { pageUrl: FEED, now: NOW, timeZone: 'Europe/Moscow' };

  it('finds the feed topics by their links', () => {
    page = loadFixture('ok/group-feed.html', FEED);
    expect(okAdapter.findItems(page.document).map((el) => okAdapter.keyOf(el, FEED))).toEqual([
      T2,
      'topic/156795562550671',
      'topic/156795562550680',
      'topic/156795562550660',
    ]);
    expect(okAdapter.buttonSlot(okAdapter.findItems(page.document)[0]!).parent.className).toBe('feed_f');
  });

  it('reads feed posts: group link, date text, collage photo, emoji', () => {
    page = loadFixture('ok/group-feed.html', FEED);
    const [, snow, trash, heating] = okAdapter.findItems(page.document).map((el) => okAdapter.extract(el, ctx));
    expect(snow).toEqual({
      network: 'ok',
      kind: 'post',
      itemKey: 'topic/156795562550671',
      ref: { topicId: '156795562550671', ownerId: '70000001234567' },
      url: 'https://ok.ru/group/70000001234567/topic/156795562550671',
      threadUrl: 'https://ok.ru/group/70000001234567/topic/156795562550671',
      author: { name: 'Администрация г. Заречный', url: FEED, id: '70000001234567' },
      text: '❄️ Какие дворы ещё не расчищены?\nНапишите адрес в комментариях — передадим в МКУ «Благоустройство», бригады выйдут в течение суток.',
      attachments: [{ type: 'photo', url: 'https://ok.ru/group/70000001234567/album/53001/901001', preview: 'https://ok.ru/__fixtures__/shared/img/photo-snow.svg' }],
      postedAt: Date.parse('2025-03-12T10:15:00+03:00'),
      postedAtText: '12 мар в 10:15',
      postedAtPrecision: 'minute',
      detectedAt: NOW,
      pageUrl: FEED,
      missing: [],
      markup: 'ok-feed',
    });
    expect(trash!.attachments).toEqual([]);
    expect(heating!.text).toBe('Отопительный сезон завершён. Спасибо теплоснабжающим организациям за работу! ❤️');
    expect(heating!.postedAt).toBe(Date.parse('2023-05-05T00:00:00+03:00'));
    expect(heating!.postedAtPrecision).toBe('day');
  });

  it('answers a feed post by opening its topic layer with the site link (the URL changes)', async () => {
    page = loadFixture('ok/group-feed.html', FEED);
    const doc = page.document;
    const post = okAdapter.findByKey(doc, T2, FEED)!;
    const editor = (await okAdapter.openReply(post))!;
    expect(page.window.location.href).toBe(LAYER);
    expect(editor.closest('#hook_Block_MediaTopicLayerBody')).not.toBeNull();
    const layerTopic = okAdapter.findByKey(doc, T2, LAYER)!;
    expect(layerTopic.closest('#hook_Block_MediaTopicLayerBody')).not.toBeNull();
    expect(okAdapter.findItems(doc)).toHaveLength(8);
  });
});

describe('OK topic layer over the feed', () => {
  const ctx = { pageUrl: LAYER, now: NOW, timeZone: 'Europe/Moscow' };

  it('reads the layer topic: author and time from group-author JSON (no group id in the slug URL)', () => {
    page = loadFixture('ok/group-feed.html', LAYER);
    const topic = okAdapter.extract(okAdapter.findByKey(page.document, T2, LAYER)!, ctx);
    expect(topic).toMatchObject({
      markup: 'ok-topic-layer',
      url: LAYER,
      ref: { topicId: '156795562550690', ownerId: '70000001234567' },
      author: { name: 'Администрация г. Заречный', url: FEED, id: '70000001234567' },
      text: '🛝 Ремонт детской площадки на ул. Садовой начнётся 1 апреля.\nНа время работ площадка будет закрыта, ближайшая открытая — во дворе дома 14.\nНовое покрытие, горка и качели для малышей будут готовы к 1 июня.',
      postedAt: Date.parse('2025-03-15T09:00:00+03:00'),
      postedAtText: 'сегодня в 9:00',
      missing: [],
    });
  });

  it('reports the owner missing, not guessed, when neither the URL nor the topic shows it', () => {
    page = loadFixture('ok/group-feed.html', LAYER);
    const doc = page.document;
    doc.querySelector('#hook_Block_MediaTopicLayerBody .mlr_top')!.remove();
    const topic = okAdapter.extract(okAdapter.findByKey(doc, T2, LAYER)!, ctx);
    const comment = okAdapter.extract(okAdapter.findByKey(doc, `${T2}#comment=176003`, LAYER)!, ctx);
    expect(topic.ref).toEqual({ topicId: '156795562550690' });
    expect(topic.missing).toEqual(expect.arrayContaining(['ref.ownerId', 'author.name', 'author.url', 'author.id']));
    expect(comment.ref).toEqual({ topicId: '156795562550690', commentId: '176003' });
    expect(comment.missing).toEqual(['ref.ownerId', 'author.id']);
  });

  it('reads layer comments and publishes a reply to one of them', async () => {
    page = loadFixture('ok/group-feed.html', LAYER);
    const doc = page.document;
    const sergey = okAdapter.extract(okAdapter.findByKey(doc, `${T2}#comment=176003`, LAYER)!, ctx);
    expect(sergey).toMatchObject({ url: `${LAYER}#comment=176003`, text: 'Когда будет готово?\nЛетом детям негде гулять.', postedAt: NOW - 3_600_000, missing: ['author.id'] });
    // The slug URL has no group id: the owner comes from the layer topic's author (group-author JSON).
    expect(sergey.ref).toEqual({ topicId: '156795562550690', ownerId: '70000001234567', commentId: '176003' });

    const target = okAdapter.findByKey(doc, `${T2}#comment=176001`, LAYER)!;
    const editor = (await okAdapter.openReply(target))!;
    expect(editor.dataset.model).toBe('Наталья, ');
    await insertText(editor, 'песочницу заменят вместе с горкой.');
    okAdapter.sendButton(editor)!.click();
    const published = okAdapter.repliesOf(target, ctx).at(-1)!;
    expect(published).toMatchObject({ url: `${LAYER}#comment=180001`, text: 'Наталья, песочницу заменят вместе с горкой.', ref: { threadId: '176001' } });
  });
});
