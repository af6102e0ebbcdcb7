import { describe, expect, it } from 'vitest';
import { authorKeysOf, normaliseUrl, threadKeyOf } from './lookup-keys';

describe('lookup keys', () => {
  it('gives one key for the same profile reached through different URLs', () => {
    const urls = ['https://vk.com/id42', 'http://m.vk.com/id42/', 'https://vk.ru/id42?utm_source=x', 'https://www.VK.com/id42#top'];
    expect(new Set(urls.map(normaliseUrl))).toEqual(new Set(['vk.com/id42']));
  });
  it('keeps the parameters that identify an item', () => {
    expect(normaliseUrl('https://vk.com/club1?w=wall-1_2&from=feed')).toBe('vk.com/club1?w=wall-1_2');
    expect(normaliseUrl('https://ok.ru/group/1/topic/2?st.mid=9&utm=1')).toBe('ok.ru/group/1/topic/2?st.mid=9');
    expect(normaliseUrl('not a url')).toBeUndefined();
  });
  it('keys an author by id and by profile URL, per network', () => {
    expect(authorKeysOf('vk', { id: '42', url: 'https://m.vk.com/id42' })).toEqual(['vk:id:42', 'vk:url:vk.com/id42']);
    expect(authorKeysOf('ok', { id: ' ' })).toEqual([]);
    expect(threadKeyOf('vk', 'https://vk.ru/wall-1_2/')).toBe('vk:vk.com/wall-1_2');
    expect(threadKeyOf('vk', undefined)).toBeUndefined();
  });
});
