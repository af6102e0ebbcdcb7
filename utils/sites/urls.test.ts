import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  networkOfUrl,
  okIdFromHref,
  okItemKey,
  parseOkItemKey,
  parseOkTopic,
  parseVkDataPostId,
  parseVkWall,
  siteOrigin,
  vkIdFromHref,
  vkItemKey,
  vkPermalink,
} from './urls';

describe('networkOfUrl', () => {
  it.each([
    ['https://vk.com/club1', 'vk'],
    ['https://vk.ru/wall-1_2', 'vk'],
    ['https://m.vk.com/feed', 'vk'],
    ['http://m.vk.ru/', 'vk'],
    ['https://ok.ru/group/1', 'ok'],
    ['https://m.ok.ru/group/1/topic/2', 'ok'],
    ['https://vk.com.evil.example/', null],
    ['https://notvk.com/', null],
    ['https://dev.vk.com/method', null],
    ['ftp://vk.com/', null],
    ['not a url', null],
  ])('%s → %s', (url, network) => {
    expect(networkOfUrl(url)).toBe(network);
  });

  it('keeps the page origin for permalinks on the same network only', () => {
    expect(siteOrigin('https://vk.ru/club1', 'vk')).toBe('https://vk.ru');
    expect(siteOrigin('https://m.vk.com/club1', 'vk')).toBe('https://m.vk.com');
    expect(siteOrigin('https://example.org/', 'vk')).toBe('https://vk.com');
    expect(siteOrigin('https://vk.com/', 'ok')).toBe('https://ok.ru');
  });

  it('resolves only http(s) links', () => {
    expect(absoluteUrl('/id1', 'https://vk.com/club1')).toBe('https://vk.com/id1');
    expect(absoluteUrl('javascript:alert(1)', 'https://vk.com/')).toBeUndefined();
    expect(absoluteUrl('data:text/html,x', 'https://vk.com/')).toBeUndefined();
    expect(absoluteUrl('', 'https://vk.com/')).toBeUndefined();
  });
});

describe('VK ids', () => {
  it('parses posts, comments and threads from paths, URLs, layers and keys', () => {
    expect(parseVkWall('/wall-123456_789')).toEqual({ ownerId: '-123456', postId: '789' });
    expect(parseVkWall('https://vk.com/wall-1_2?reply=3&thread=4')).toEqual({ ownerId: '-1', postId: '2', commentId: '3', threadId: '4' });
    expect(parseVkWall('https://vk.com/club1?w=wall-1_2')).toEqual({ ownerId: '-1', postId: '2' });
    expect(parseVkWall('https://vk.com/club1?w=wall-1_2%3Freply%3D7')).toEqual({ ownerId: '-1', postId: '2', commentId: '7' });
    expect(parseVkWall('wall55_6?reply=7')).toEqual({ ownerId: '55', postId: '6', commentId: '7' });
    expect(parseVkWall('/wallpaper-1_2')).toBeUndefined();
    expect(parseVkWall('/club123')).toBeUndefined();
    expect(parseVkWall(undefined)).toBeUndefined();
  });

  it('reads data-post-id with or without the wall prefix', () => {
    expect(parseVkDataPostId('-227142522_3275')).toEqual({ ownerId: '-227142522', id: '3275' });
    expect(parseVkDataPostId('wall-1_2')).toEqual({ ownerId: '-1', id: '2' });
    expect(parseVkDataPostId('x-1_2')).toBeUndefined();
  });

  it('builds keys and permalinks', () => {
    expect(vkItemKey({ ownerId: '-1', postId: '2' })).toBe('wall-1_2');
    expect(vkItemKey({ ownerId: '-1', postId: '2', commentId: '3', threadId: '4' })).toBe('wall-1_2?reply=3');
    expect(vkPermalink('https://vk.com', { ownerId: '-1', postId: '2', commentId: '3', threadId: '4' })).toBe('https://vk.com/wall-1_2?reply=3&thread=4');
    expect(vkPermalink('https://vk.ru', { ownerId: '5', postId: '6', commentId: '7' })).toBe('https://vk.ru/wall5_6?reply=7');
  });

  it('reads numeric ids from profile and community links only', () => {
    expect(vkIdFromHref('/id111')).toBe('111');
    expect(vkIdFromHref('https://vk.com/club123456')).toBe('-123456');
    expect(vkIdFromHref('/public77')).toBe('-77');
    expect(vkIdFromHref('/ivan.petrov')).toBeUndefined();
    expect(vkIdFromHref('/id111abc')).toBeUndefined();
  });
});

describe('OK ids', () => {
  it('parses group topics, slug topics and statuses', () => {
    expect(parseOkTopic('https://ok.ru/group/70000001234567/topic/156795562550671')).toEqual({
      topicId: '156795562550671',
      kind: 'topic',
      groupId: '70000001234567',
      path: '/group/70000001234567/topic/156795562550671',
    });
    expect(parseOkTopic('https://m.ok.ru/group70000001234567/topic/1')).toMatchObject({ topicId: '1', groupId: '70000001234567' });
    expect(parseOkTopic('/vesti/topic/156795562550671')).toEqual({ topicId: '156795562550671', kind: 'topic', path: '/vesti/topic/156795562550671' });
    expect(parseOkTopic('https://ok.ru/profile/577/statuses/42')).toEqual({ topicId: '42', kind: 'status', path: '/profile/577/statuses/42' });
    expect(parseOkTopic('https://ok.ru/group/700')).toBeUndefined();
  });

  it('reads a root-relative link like the URL parser would (query, fragment, dot segments)', () => {
    expect(parseOkTopic('/group/70000001234567/topic/156795562550671?st.cmd=x#c')).toMatchObject({ topicId: '156795562550671', groupId: '70000001234567' });
    expect(parseOkTopic('/vesti/x/../topic/5')).toEqual({ topicId: '5', kind: 'topic', path: '/vesti/topic/5' });
    expect(parseOkTopic('/vesti/topic/5/./')).toMatchObject({ topicId: '5' });
    expect(parseOkTopic('/a/topic/5/../../b')).toBeUndefined();
    expect(parseOkTopic('//ok.ru/vesti/topic/6')).toMatchObject({ topicId: '6', path: '/vesti/topic/6' });
  });

  it('builds and parses item keys', () => {
    expect(okItemKey({ topicId: '1', kind: 'topic' })).toBe('topic/1');
    expect(okItemKey({ topicId: '1', kind: 'topic' }, '9')).toBe('topic/1#comment=9');
    expect(parseOkItemKey('topic/1#comment=9')).toEqual({ kind: 'topic', topicId: '1', commentId: '9' });
    expect(parseOkItemKey('status/4')).toEqual({ kind: 'status', topicId: '4' });
    expect(parseOkItemKey('wall-1_2')).toBeUndefined();
  });

  it('reads numeric ids from /profile and /group links only', () => {
    expect(okIdFromHref('/profile/577777777777')).toBe('577777777777');
    expect(okIdFromHref('https://ok.ru/group/70000001234567')).toBe('70000001234567');
    expect(okIdFromHref('/ivan.petrov')).toBeUndefined();
  });
});
