import { describe, expect, it } from 'vitest';
import { caseSchema } from './schema';
import { ev, MINUTE, newCase, T0 } from './test-fixtures';
import { applyEvent, checkTimeline } from './workflow';

const policy = { operatorMayApprove: false };
const at = (m: number) => T0 + m * MINUTE;

describe('edited: correcting what the page did not give', () => {
  const anonymous = newCase({ author: {}, postedAt: undefined, missing: ['author.name', 'author.url', 'author.id', 'postedAt'] });

  it('fills a missing author and removes it from missing; the event keeps from/to', () => {
    const c = applyEvent(anonymous, ev('edited', { field: 'author.name', from: null, to: 'Мария Иванова' }, at(5)), policy, at(5));
    expect(c.author.name).toBe('Мария Иванова');
    expect(c.missing).not.toContain('author.name');
    expect(c.events.at(-1)).toMatchObject({ type: 'edited', data: { field: 'author.name', from: null, to: 'Мария Иванова' } });
    expect(caseSchema.parse(c)).toEqual(c);
    expect(checkTimeline(c, policy)).toBeNull();
  });

  it('sets the posting time, never later than the detection', () => {
    const vague = newCase({ postedAt: T0 - 86_400_000, postedAtPrecision: 'day' } as never);
    expect(vague.postedAtPrecision).toBe('day');
    const exact = applyEvent(vague, ev('edited', { field: 'postedAt', from: T0 - 86_400_000, to: T0 - 3_600_000 }, at(5)), policy, at(5));
    expect(exact).toMatchObject({ postedAt: T0 - 3_600_000, postedAtPrecision: 'minute' });
    const c = applyEvent(anonymous, ev('edited', { field: 'postedAt', from: null, to: T0 - 3_600_000 }, at(5)), policy, at(5));
    expect(c.postedAt).toBe(T0 - 3_600_000);
    expect(c.missing).not.toContain('postedAt');
    expect(() => applyEvent(anonymous, ev('edited', { field: 'postedAt', from: null, to: at(10) }, at(5)), policy, at(5))).toThrow(
      /позже, чем его выявили/,
    );
  });

  it('clearing a wrong value puts the field back into missing', () => {
    const c = newCase();
    const cleared = applyEvent(c, ev('edited', { field: 'author.id', from: '42', to: null }, at(5)), policy, at(5));
    expect(cleared.author.id).toBeUndefined();
    expect(cleared.missing).toContain('author.id');
  });

  it('refuses a stale edit (another window changed the field), a no-op, and a bad value', () => {
    const c = newCase();
    expect(() => applyEvent(c, ev('edited', { field: 'author.name', from: 'Кто-то', to: 'Другой' }, at(5)), policy, at(5))).toThrow(
      /уже изменилось/,
    );
    expect(() => applyEvent(c, ev('edited', { field: 'author.name', from: 'Иван Петров', to: 'Иван Петров' }, at(5)), policy, at(5))).toThrow(
      /совпадает/,
    );
    expect(() =>
      applyEvent(c, ev('edited', { field: 'author.url', from: 'https://vk.com/id42', to: 'javascript:alert(1)' }, at(5)), policy, at(5)),
    ).toThrow(/http/);
    expect(() => applyEvent(c, ev('edited', { field: 'text', from: c.text, to: 'x'.repeat(100_001) }, at(5)), policy, at(5))).toThrow(
      /не больше 100 000/,
    );
    expect(() => applyEvent(c, ev('edited', { field: 'importance', from: 'normal', to: 'urgent' }, at(5)), policy, at(5))).toThrow();
  });

  it('classification before routing (seed 000 p.6: topic, location, importance at detection)', () => {
    let c = newCase();
    c = applyEvent(c, ev('edited', { field: 'importance', from: 'normal', to: 'high' }, at(2)), policy, at(2));
    c = applyEvent(c, ev('edited', { field: 'topic', from: null, to: 'Дороги' }, at(3)), policy, at(3));
    expect(c).toMatchObject({ status: 'new', importance: 'high', topic: 'Дороги' });
    c = applyEvent(c, ev('routed', { executors: ['roads'], location: 'мкр. Южный' }, at(10)), policy, at(10));
    expect(c).toMatchObject({ importance: 'high', topic: 'Дороги', location: 'мкр. Южный' });
  });
});
