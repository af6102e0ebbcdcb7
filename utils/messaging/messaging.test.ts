import { describe, expect, it } from 'vitest';
import { createRouter } from './router';
import { createClient, MessagingError } from './transport';
import { UserFacingError } from '../validation';

describe('messaging', () => {
  it('round-trips a valid request', async () => {
    const route = createRouter({ ping: async () => ({ version: '1', at: 5 }) });
    const request = createClient((envelope) => route(envelope));
    await expect(request('ping', { from: 'test' })).resolves.toEqual({ version: '1', at: 5 });
  });
  it('refuses an invalid request with a Russian message and never runs the handler', async () => {
    let ran = false;
    const route = createRouter({ ping: async () => { ran = true; return { version: '1', at: 5 }; } });
    const request = createClient((envelope) => route(envelope));
    await expect(request('ping', { from: 42 } as never)).rejects.toThrow(/from/);
    expect(ran).toBe(false);
  });
  it('passes user-facing errors through and ignores foreign messages', async () => {
    const route = createRouter({ ping: async () => { throw new UserFacingError('Нельзя.'); } });
    const request = createClient((envelope) => route(envelope));
    await expect(request('ping', { from: 'x' })).rejects.toEqual(new MessagingError('Нельзя.', 'user'));
    expect(await route({ hello: 1 })).toBeUndefined();
  });
});

describe('router.handles', () => {
  it('claims only the messages it has a handler for', () => {
    const route = createRouter({ ping: async () => ({ version: '1', at: 5 }) });
    expect(route.handles({ otklik: 1, type: 'ping', payload: {} })).toBe(true);
    expect(route.handles({ otklik: 1, type: 'showCase', payload: { caseId: 'x' } })).toBe(false);
    expect(route.handles({ type: 'ping' })).toBe(false);
  });
});
