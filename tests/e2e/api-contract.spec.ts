import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { expect, test } from './edition';
import { STATIC_ALLOW } from '@/lib/publish/static-edition';
import { LAYER_IDS } from '@/lib/layers/registry';
import { MAPLIBRE_URL } from '@/lib/map/maplibre-assets';

/** A raw HTTP request, so that odd paths reach the server exactly as written. */
function raw(baseURL: string, method: string, path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(baseURL);
  return new Promise<{ status: number; type: string; body: string; allow?: string }>((resolve, reject) => {
    const req = httpRequest({ hostname, port, method, path, headers, timeout: 15_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body, allow: res.headers.allow as string | undefined }),
      );
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error(`timeout: ${method} ${path}`)));
    req.end();
  });
}

/** At least 300 malformed requests: odd paths, broken encodings, huge and binary queries, wrong methods. */
function malformedRequests(): { method: string; path: string }[] {
  const paths = [
    '/api', '/api/', '/api/layers/', '/api/layers//talks', '/api/layers/..%2F..%2Fetc%2Fpasswd', '/api/layers/%2e%2e',
    '/api/layers/%E0%A4%A', '/api/layers/%', '/api/layers/%zz', '/api/layers/%00', '/api/layers/talks%00', '/api/layers/TALKS',
    '/api/layers/talks.json', '/api/layers/talks/extra', '/api/layers/<script>', '/api/layers/%3Cscript%3E', '/api/layers/' + 'a'.repeat(2000),
    '/api/oembed', '/api/oembed?url=', '/api/oembed?url=%', '/api/oembed?url=http://evil.example/', '/api/oembed?format=xml&url=x',
    '/api/oembed?url=http://localhost/&maxwidth=-1', '/api/oembed?url=http://localhost/&maxheight=1e99', '/api/unknown', '/api/%ff%fe',
    '/api/layers?' + 'x='.repeat(1500), '/api/layers/talks?' + '%ff'.repeat(1000), '/api/layers/ports?callback=alert(1)',
    '/api/layers/refugees?a[]=1&a[]=2', '/api/oembed?url[]=x', '/api/layers/\u00e9', '/api/layers/%C3%A9', '/api/layers/%u0041',
    '/api/layers/basemap%2F..', '/api/./layers', '/api/layers/talks#frag', '/api/oembed?url=%0d%0aSet-Cookie:x=1',
  ];
  const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'];
  const out: { method: string; path: string }[] = [];
  for (const path of paths) for (const method of methods) out.push({ method, path });
  return out;
}

test.describe('API contract', () => {
  test('300+ malformed requests: no 5xx, and every error is parseable problem+json', async ({ baseURL, edition }) => {
    // A static server answers GET and HEAD only (OPTIONS and the rest are 405 there).
    const allow = edition === 'node' ? 'GET, HEAD, OPTIONS' : STATIC_ALLOW;
    const requests = malformedRequests();
    expect(requests.length).toBeGreaterThanOrEqual(300);
    const failures: string[] = [];
    for (const { method, path } of requests) {
      const res = await raw(baseURL!, method, path.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c)));
      const where = `${method} ${path.slice(0, 60)} → ${res.status}`;
      // oEmbed 1.0 (section 2.2) prescribes 501 Not Implemented for a format the provider does not serve.
      const oembedFormat = res.status === 501 && path.startsWith('/api/oembed') && /format=(?!json)/.test(path);
      if (res.status >= 500 && !oembedFormat) failures.push(`${where} (5xx)`);
      // nginx resolves dot segments before it routes: ../../etc/passwd is no longer under /api/ and gets
      // the site's 404 page, as any static server would answer it; /api/layers/.. is /api/, a folder,
      // which gets the 308 to the address without its slash that every trailing slash gets.
      const leavesApi = edition === 'static' && /\.\.%2F|%2e%2e/i.test(path);
      if (leavesApi && ![308, 400, 404, 405].includes(res.status)) failures.push(`${where}: expected 308, 400, 404 or 405`);
      if (res.status >= 400 && method !== 'HEAD' && !leavesApi) {
        try {
          const problem = JSON.parse(res.body) as { type?: string; title?: string; status?: number; detail?: string };
          if (!res.type.startsWith('application/problem+json')) failures.push(`${where}: content-type ${res.type}`);
          if (problem.status !== res.status || !problem.title || !problem.detail || !problem.type) failures.push(`${where}: incomplete problem`);
          if (/at .+\(.+:\d+:\d+\)/.test(res.body)) failures.push(`${where}: stack trace`);
        } catch {
          failures.push(`${where}: body is not JSON: ${res.body.slice(0, 80)}`);
        }
      }
      if (res.status === 405 && res.allow !== allow) failures.push(`${where}: Allow ${res.allow}`);
    }
    expect(failures).toEqual([]);
  });

  test('layers and their labels come precompressed from the build, byte for byte what the routes compute, with an ETag and 304', async ({ baseURL, edition }) => {
    const computed = layerRouteEtags();
    expect(Object.keys(computed)).toHaveLength(LAYER_IDS.length * 2);
    for (const id of Object.keys(computed)) {
      const response = await fetch(`${baseURL}${id}`, { headers: { 'accept-encoding': 'br' } });
      // Brotli, except for a body it would not make smaller (an empty layer's labels, 42 bytes).
      const brotli = response.headers.get('content-encoding') === 'br';
      const body = Buffer.from(await response.arrayBuffer());
      if (!brotli) expect(body.length, id).toBeLessThan(100);
      expect(response.headers.get('content-type'), id).toBe('application/geo+json');
      // The Node server sends the layer route's own ETag; nginx makes its own for each file.
      if (edition === 'node') expect(response.headers.get('etag'), id).toBe(brotli ? computed[id]!.replace(/"$/, '-br"') : computed[id]);
      expect(response.headers.get('cache-control'), id).toContain('max-age=3600');
      // The ETag is the SHA-256 of the body: the decoded bytes are exactly what the route computes from geodata/.
      expect(`"${createHash('sha256').update(body).digest('base64url')}"`, id).toBe(computed[id]);
      const plain = await fetch(`${baseURL}${id}`, { headers: { 'accept-encoding': 'identity' } });
      if (edition === 'node') expect(plain.headers.get('etag'), id).toBe(computed[id]);
      const etag = plain.headers.get('etag')!;
      expect(etag, id).toMatch(/^"[^"]+"$/);
      const notModified = await fetch(`${baseURL}${id}`, { headers: { 'if-none-match': etag, 'accept-encoding': 'identity' } });
      expect(notModified.status, id).toBe(304);
    }
    // MapLibre too: brotli, immutable, and the stored bytes decode to the package's file.
    const maplibre = await new Promise<{ encoding?: string; cache?: string; body: Buffer }>((resolve, reject) => {
      const { hostname, port } = new URL(baseURL!);
      httpRequest({ hostname, port, path: MAPLIBRE_URL, headers: { 'accept-encoding': 'br' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], cache: res.headers['cache-control'], body: Buffer.concat(chunks) }));
      }).on('error', reject).end();
    });
    expect(maplibre.encoding).toBe('br');
    expect(maplibre.cache).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(maplibre.body).toString('utf8')).toContain('MapLibre GL JS');
  });

  test('HEAD works where GET does, with the same headers and no body', async ({ baseURL, edition }) => {
    const paths = edition === 'node' ? ['/api/layers', '/api/layers/talks', `/api/oembed?url=${encodeURIComponent(baseURL + '/')}`] : ['/api/layers/talks', '/api/refugees.csv', '/oembed.json', '/embed'];
    for (const path of paths) {
      const get = await raw(baseURL!, 'GET', path);
      const head = await raw(baseURL!, 'HEAD', path);
      expect(head.status, path).toBe(get.status);
      expect(head.type, path).toBe(get.type);
      expect(head.body, path).toBe('');
    }
  });

  test('wrong methods are 405 with Allow, unknown endpoints 404, both as problem+json', async ({ baseURL, edition }) => {
    const post = await raw(baseURL!, 'POST', '/api/layers/talks');
    expect(post.status).toBe(405);
    expect(post.type).toBe('application/problem+json');
    expect(post.allow).toBe(edition === 'node' ? 'GET, HEAD, OPTIONS' : STATIC_ALLOW);
    expect(JSON.parse(post.body)).toMatchObject({ status: 405, title: 'Method Not Allowed' });
    const missing = await raw(baseURL!, 'GET', '/api/nothing/here');
    expect(missing.status).toBe(404);
    expect(missing.type).toBe('application/problem+json');
  });
});

/**
 * The layer route's ETags (SHA-256 of each body), computed from geodata/ as the route does, in a
 * child process: the layer modules load their builders with import(), which this runner's
 * transform of TypeScript does not follow.
 */
function layerRouteEtags(): Record<string, string> {
  const code = `import('./lib/layers/layer-store.ts').then(async (m) => {
    const store = await (m.getLayerStore ?? m.default.getLayerStore)();
    console.log(JSON.stringify(Object.fromEntries(Object.entries(store.layers).flatMap(([id, layer]) => [['/api/layers/' + id, layer.etag], ['/api/labels/' + id, layer.labels.etag]]))));
  })`;
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '-e', code], { encoding: 'utf8' })) as Record<string, string>;
}
