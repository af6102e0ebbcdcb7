import { describe, expect, it } from 'vitest';
import { caseIdFromUrl, urlForCase } from './case-location';

const BASE = 'chrome-extension://abc/sidepanel.html';

describe('the case in the side panel URL', () => {
  it('reads ?case= and #case=, nothing otherwise', () => {
    expect(caseIdFromUrl(`${BASE}?case=c%2F1`)).toBe('c/1');
    expect(caseIdFromUrl(`${BASE}#case=c-2`)).toBe('c-2');
    expect(caseIdFromUrl(`${BASE}?case=a#case=b`)).toBe('a');
    expect(caseIdFromUrl(BASE)).toBeUndefined();
    expect(caseIdFromUrl(`${BASE}?case=%20`)).toBeUndefined();
  });

  it('writes the case into the query and drops a stale hash', () => {
    expect(urlForCase(`${BASE}#case=old`, 'new 1')).toBe(`${BASE}?case=new+1`);
    expect(caseIdFromUrl(urlForCase(BASE, 'new 1'))).toBe('new 1');
    expect(urlForCase(`${BASE}?case=x`, undefined)).toBe(BASE);
  });
});
