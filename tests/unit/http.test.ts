import { describe, expect, test } from 'vitest';
import { ifNoneMatch } from '@/lib/http/etag';
import { problemResponse } from '@/lib/http/problem';

describe('ifNoneMatch', () => {
  test('matches the same tag, a weak form of it, one of a list, and *', () => {
    expect(ifNoneMatch('"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatch('W/"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatch('"x", "abc"', '"abc"')).toBe(true);
    expect(ifNoneMatch('*', '"abc"')).toBe(true);
  });
  test('does not match another tag or no header', () => {
    expect(ifNoneMatch('"abd"', '"abc"')).toBe(false);
    expect(ifNoneMatch(null, '"abc"')).toBe(false);
  });
});

describe('problemResponse', () => {
  test('is problem+json with type, title, status and detail, never cached', async () => {
    const response = problemResponse(404, 'No layer "x".');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No layer "x".' });
  });
});
