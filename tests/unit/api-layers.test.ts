import { describe, expect, test } from 'vitest';
import { GET as getIndex } from '@/app/api/layers/route';
import { GET as getLayer } from '@/app/api/layers/[id]/route';
import { GET as getLabels } from '@/app/api/labels/[id]/route';
import { GET as getUkLabels } from '@/app/api/uk/labels/[id]/route';
import { LAYER_IDS, labelsUrl, type LayerId } from '@/lib/layers/registry';

const request = (id: string, headers: HeadersInit = {}) =>
  getLayer(new Request(`http://localhost/api/layers/${encodeURIComponent(id)}`, { headers }), { params: Promise.resolve({ id }) });

describe('GET /api/layers', () => {
  test('lists every layer with id, title, description, feature count, bbox, as-of date and url', async () => {
    const response = await getIndex();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/public/);
    const { layers } = (await response.json()) as { layers: Record<string, unknown>[] };
    expect(layers.map((l) => l.id)).toEqual([...LAYER_IDS]);
    for (const layer of layers) {
      expect(Object.keys(layer).sort()).toEqual(['asOf', 'bbox', 'description', 'featureCount', 'id', 'title', 'url']);
      expect(layer.bbox).toHaveLength(4);
    }
  });
});

describe('GET /api/layers/<id>', () => {
  test.each(LAYER_IDS)('%s is a GeoJSON FeatureCollection with a strong ETag and caching', async (id) => {
    const response = await request(id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/geo+json');
    expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(response.headers.get('cache-control')).toMatch(/public, max-age=\d+, s-maxage=\d+/);
    const body = (await response.json()) as { type: string; features: unknown[] };
    expect(body.type).toBe('FeatureCollection');
    expect(body.features.length).toBeGreaterThan(0);
  });

  test('answers 304 with no body when If-None-Match carries the ETag', async () => {
    const etag = (await request(LAYER_IDS[0]!)).headers.get('etag')!;
    const response = await request(LAYER_IDS[0]!, { 'If-None-Match': etag });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
    expect(response.headers.get('etag')).toBe(etag);
  });

  test('answers 200 again when the ETag is stale', async () => {
    expect((await request(LAYER_IDS[0]!, { 'If-None-Match': '"stale"' })).status).toBe(200);
  });

  test('an unknown layer is a 404 problem+json naming the layers that exist', async () => {
    const response = await request('nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await response.json()) as { status: number; detail: string };
    expect(body.status).toBe(404);
    expect(body.detail).toContain('No layer "nope"');
    for (const id of LAYER_IDS) expect(body.detail).toContain(id);
  });

  test('a hostile id is answered 404 without echoing more than 64 characters', async () => {
    const id = `<script>${'x'.repeat(500)}`;
    const body = (await (await request(id)).json()) as { detail: string };
    expect(body.detail.length).toBeLessThan(200);
  });
});

describe('GET /api/labels/<id> and /api/uk/labels/<id>', () => {
  const labels = (id: string, locale: 'en' | 'uk', headers: HeadersInit = {}) =>
    (locale === 'en' ? getLabels : getUkLabels)(new Request(`http://localhost${labelsUrl(id as LayerId, locale)}`, { headers }), { params: Promise.resolve({ id }) });

  test.each(LAYER_IDS)('%s: the layer’s labels, a FeatureCollection of points, cacheable, far smaller than the layer', async (id) => {
    const response = await labels(id, 'en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/geo+json');
    expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(response.headers.get('cache-control')).toMatch(/public, max-age=\d+, s-maxage=\d+/);
    const text = await response.text();
    const body = JSON.parse(text) as { type: string; features: { geometry: { type: string } }[] };
    expect(body.type).toBe('FeatureCollection');
    expect(body.features.every((f) => f.geometry.type === 'Point')).toBe(true);
    const layer = await (await request(id)).text();
    expect(text.length).toBeLessThan(layer.length / 2);
  });

  test.each(LAYER_IDS)('%s: the Ukrainian labels carry the Ukrainian names, at the same places', async (id) => {
    type Labels = { features: { geometry: { coordinates: number[] }; properties: { id: string; name: string } }[] };
    const en = (await (await labels(id, 'en')).json()) as Labels;
    const uk = (await (await labels(id, 'uk')).json()) as Labels;
    expect(uk.features.map((f) => [f.properties.id, f.geometry.coordinates])).toEqual(en.features.map((f) => [f.properties.id, f.geometry.coordinates]));
    for (const f of uk.features) expect(f.properties.name, f.properties.id).toMatch(/[а-яіїєґ]/i);
  });

  test('304 on a matching If-None-Match; an unknown layer is a 404 problem+json', async () => {
    const etag = (await labels(LAYER_IDS[0]!, 'uk')).headers.get('etag')!;
    expect((await labels(LAYER_IDS[0]!, 'uk', { 'If-None-Match': etag })).status).toBe(304);
    expect(etag).not.toBe((await request(LAYER_IDS[0]!)).headers.get('etag'));
    const missing = await labels('nope', 'en');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
  });
});
