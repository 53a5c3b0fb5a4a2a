import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chooseEncoding,
  loadPrecompressed,
  matchesIfNoneMatch,
  servePrecompressed,
  variantEtag,
} from '@/server/precompressed-table';

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, then none', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('deflate')).toBe('identity');
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('')).toBe('identity');
  });
  it('honours q=0 and the * wildcard', () => {
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBe('identity');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('br;q=0, *')).toBe('gzip');
    expect(chooseEncoding('BR;Q=0.5')).toBe('br');
    expect(chooseEncoding('br;q=nonsense, gzip')).toBe('gzip');
  });
});

describe('ETags of encoded copies', () => {
  it('append the coding inside the quotes, weak or strong', () => {
    expect(variantEtag('"abc"', 'br')).toBe('"abc-br"');
    expect(variantEtag('W/"1-2"', 'gzip')).toBe('W/"1-2-gzip"');
    expect(variantEtag('"abc"', 'identity')).toBe('"abc"');
    expect(variantEtag(undefined, 'br')).toBeUndefined();
  });
  it('If-None-Match matches any copy, weakly, or *', () => {
    const tags = ['"abc"', '"abc-br"', '"abc-gzip"'];
    expect(matchesIfNoneMatch('"abc-br"', tags)).toBe(true);
    expect(matchesIfNoneMatch('"x", W/"abc"', tags)).toBe(true);
    expect(matchesIfNoneMatch('*', tags)).toBe(true);
    expect(matchesIfNoneMatch('"abd"', tags)).toBe(false);
    expect(matchesIfNoneMatch(undefined, tags)).toBe(false);
  });
});

describe('servePrecompressed, over real HTTP', () => {
  const json = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features: Array(200).fill({ type: 'Feature' }) }));
  let server: Server;
  let base: string;
  let answeredByNext = 0;
  let tableDir = '';

  beforeAll(async () => {
    const dir = (tableDir = mkdtempSync(join(tmpdir(), 'precompressed-')));
    writeFileSync(join(dir, '0'), json);
    writeFileSync(join(dir, '0.br'), brotliCompressSync(json));
    writeFileSync(join(dir, '0.gz'), gzipSync(json));
    const entry = {
      path: '/api/layers/x',
      status: 200,
      headers: { 'content-type': 'application/geo+json', etag: '"tag"', 'x-content-type-options': 'nosniff' },
      files: { identity: '0', br: '0.br', gzip: '0.gz' },
    };
    writeFileSync(join(dir, '1'), '<html>page</html>');
    const page = { path: '/embed', status: 200, headers: { 'content-type': 'text/html', etag: '"page"', 'cache-control': 'public, max-age=300' }, files: { identity: '1' } };
    writeFileSync(join(dir, '2'), '<html>404</html>');
    const notFound = { path: '/404', status: 404, headers: { 'content-security-policy': "script-src 'self' 'sha256-x='" }, files: { identity: '2' } };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ entries: [entry, page], notFound }));
    const table = loadPrecompressed(dir);
    server = createServer((req, res) => {
      if (servePrecompressed(table, req, res)) return;
      answeredByNext++;
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => server.close());

  it('sends brotli to a client that takes it, with its own ETag, the stored headers and Vary', async () => {
    const response = await fetch(`${base}/api/layers/x`, { headers: { 'accept-encoding': 'br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('etag')).toBe('"tag-br"');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('application/geo+json');
    // fetch decodes it: the body is the stored JSON, byte for byte.
    expect(Buffer.from(await response.arrayBuffer()).equals(json)).toBe(true);
  });

  it('sends the plain bytes to a client that asks for no coding', async () => {
    const response = await fetch(`${base}/api/layers/x`, { headers: { 'accept-encoding': 'identity' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('etag')).toBe('"tag"');
    expect(Number(response.headers.get('content-length'))).toBe(json.length);
  });

  it('answers 304 to any of the copies’ ETags, and HEAD without a body', async () => {
    for (const tag of ['"tag"', '"tag-br"', '"tag-gzip"']) {
      const response = await fetch(`${base}/api/layers/x`, { headers: { 'if-none-match': tag, 'accept-encoding': 'gzip' } });
      expect(response.status, tag).toBe(304);
    }
    const head = await fetch(`${base}/api/layers/x`, { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe(brotliCompressSync(json).length);
  });

  it('serves a built page whatever its query, with 304 on its ETag', async () => {
    for (const path of ['/embed', '/embed?title=0&layers=talks', '/embed?x=%3Cscript%3E']) {
      const response = await fetch(base + path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toBe('<html>page</html>');
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    }
    expect((await fetch(`${base}/embed?layers=ports`, { headers: { 'if-none-match': '"page"' } })).status).toBe(304);
  });

  it('leaves everything else to Next: other paths, other methods, ranges, Next’s own RSC requests', async () => {
    const before = answeredByNext;
    expect((await fetch(`${base}/api/layers/y`)).status).toBe(404);
    expect((await fetch(`${base}/api/layers/x`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await fetch(`${base}/api/layers/x`, { headers: { range: 'bytes=0-10' } })).status).toBe(404);
    expect((await fetch(`${base}/embed`, { headers: { rsc: '1' } })).status).toBe(404);
    expect(answeredByNext - before).toBe(4);
  });

  it('keeps the 404 page’s headers for the pages Next answers', () => {
    const table = loadPrecompressed(tableDir)!;
    expect(table.notFound?.headers['content-security-policy']).toContain('sha256-x=');
    expect(table.entries.has('/embed')).toBe(true);
  });

  it('finds no table in a build without precompressed copies', () => {
    expect(loadPrecompressed(mkdtempSync(join(tmpdir(), 'empty-')))).toBeNull();
  });
});
