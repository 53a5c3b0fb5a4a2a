import { afterEach, describe, expect, test, vi } from 'vitest';
import { GET } from '@/app/api/oembed/route';
import { oembed } from '@/lib/embed/oembed';
import { requestOrigin } from '@/lib/http/request-origin';

const ORIGIN = 'http://localhost:3000';
const query = (q: Partial<Record<'url' | 'maxwidth' | 'maxheight' | 'format', string>>) => ({
  url: q.url ?? null,
  maxwidth: q.maxwidth ?? null,
  maxheight: q.maxheight ?? null,
  format: q.format ?? null,
});
const call = (params: string) => GET(new Request(`${ORIGIN}/api/oembed?${params}`));

describe('oembed', () => {
  test('answers a rich oEmbed 1.0 response with every required field (oembed.com §2.3.4)', () => {
    const result = oembed(query({ url: `${ORIGIN}/embed?layers=refugees` }), ORIGIN);
    expect(result.status).toBe(200);
    if (result.status !== 200) return;
    const body = result.body;
    expect(body).toMatchObject({ type: 'rich', version: '1.0', provider_url: `${ORIGIN}/`, cache_age: 86400 });
    for (const key of ['title', 'provider_name', 'html'] as const) expect(typeof body[key]).toBe('string');
    expect(Number.isInteger(body.width) && Number.isInteger(body.height)).toBe(true);
    expect(body.html).toContain(`src="${ORIGIN}/embed?layers=refugees"`);
  });

  test('respects maxwidth and maxheight', () => {
    const small = oembed(query({ url: `${ORIGIN}/`, maxwidth: '480', maxheight: '300' }), ORIGIN);
    expect(small.status === 200 && [small.body.width, small.body.height]).toEqual([480, 300]);
    const wide = oembed(query({ url: `${ORIGIN}/`, maxwidth: '2000' }), ORIGIN);
    expect(wide.status === 200 && wide.body.width).toBe(640);
  });

  test('its thumbnail is the largest picture within maxwidth and maxheight, or none', () => {
    const card = { path: '/_pictures/card-en-light-a.png', width: 1200, height: 630 };
    const small = { path: '/_pictures/map-640-en-light-b.png', width: 640, height: 466 };
    const thumbnails = { en: [card, small], uk: [card, small] };
    const thumb = (q: Partial<Record<'maxwidth' | 'maxheight', string>>) => {
      const result = oembed(query({ url: `${ORIGIN}/`, ...q }), ORIGIN, thumbnails);
      return result.status === 200 ? [result.body.thumbnail_url, result.body.thumbnail_width, result.body.thumbnail_height] : result.status;
    };
    expect(thumb({})).toEqual([`${ORIGIN}${card.path}`, 1200, 630]);
    expect(thumb({ maxwidth: '800' })).toEqual([`${ORIGIN}${small.path}`, 640, 466]);
    expect(thumb({ maxwidth: '1200', maxheight: '500' })).toEqual([`${ORIGIN}${small.path}`, 640, 466]);
    expect(thumb({ maxwidth: '600' })).toEqual([undefined, undefined, undefined]);
  });

  test('400 without a url or with a size that is not a whole number of pixels', () => {
    expect(oembed(query({}), ORIGIN).status).toBe(400);
    expect(oembed(query({ url: `${ORIGIN}/`, maxwidth: '-5' }), ORIGIN).status).toBe(400);
    expect(oembed(query({ url: `${ORIGIN}/`, maxheight: '12.5' }), ORIGIN).status).toBe(400);
    expect(oembed(query({ url: `${ORIGIN}/`, maxwidth: '50' }), ORIGIN).status).toBe(400);
  });

  test('404 for a URL that is not this map', () => {
    for (const url of ['https://evil.example/embed', `${ORIGIN}/api/layers`, 'not a url', 'javascript:alert(1)']) {
      expect(oembed(query({ url }), ORIGIN).status, url).toBe(404);
    }
  });

  test('501 for a format other than json', () => {
    expect(oembed(query({ url: `${ORIGIN}/`, format: 'xml' }), ORIGIN).status).toBe(501);
  });
});

describe('GET /api/oembed', () => {
  test('serves JSON with caching and CORS', async () => {
    const response = call(`url=${encodeURIComponent(`${ORIGIN}/embed`)}&format=json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await response.json()) as { type: string }).type).toBe('rich');
  });

  test('errors are problem+json with their status', async () => {
    for (const [params, status] of [['', 400], ['url=https%3A%2F%2Fevil.example%2F', 404], [`url=${encodeURIComponent(ORIGIN + '/')}&format=xml`, 501]] as const) {
      const response = call(params);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(((await response.json()) as { status: number }).status).toBe(status);
    }
  });
});

describe('requestOrigin', () => {
  afterEach(() => vi.unstubAllEnvs());
  const headers = (h: Record<string, string>) => new Headers(h);

  test('is the host the request came in on', () => {
    expect(requestOrigin(headers({ host: 'localhost:3100' }))).toBe('http://localhost:3100');
    expect(requestOrigin(headers({ host: 'a.example', 'x-forwarded-proto': 'https' }))).toBe('https://a.example');
  });

  test('SITE_URL wins, and a forged host header falls back', () => {
    expect(requestOrigin(headers({ host: 'evil"><x' }))).toBe('http://localhost:3000');
    vi.stubEnv('SITE_URL', 'https://maps.example/');
    expect(requestOrigin(headers({ host: 'localhost:3100' }))).toBe('https://maps.example');
  });
});
