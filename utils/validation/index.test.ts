import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeZodError, parseOrThrow, UserFacingError } from './index';

describe('validation', () => {
  const schema = z.object({ events: z.array(z.object({ at: z.number() })) });
  it('names the first bad field in Russian', () => {
    const result = schema.safeParse({ events: [{ at: 1 }, { at: 'x' }] });
    expect(result.success).toBe(false);
    const text = describeZodError(result.error!, 'Файл');
    expect(text).toContain('events[1].at');
    expect(text).toMatch(/[а-я]/);
  });
  it('throws a UserFacingError', () => {
    expect(() => parseOrThrow(schema, null)).toThrow(UserFacingError);
  });
});
