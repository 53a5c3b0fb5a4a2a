import { describe, expect, it } from 'vitest';
import { EMBED_TITLE } from '@/lib/embed/embed-snippet';
import { DEFAULT_SITE_URL, siteUrl } from '@/lib/http/site-url';
import { editionLinks } from '@/lib/page/page-metadata';
import { MESSAGES } from '@/lib/i18n/messages';
import {
  NGINX_HEADERS,
  editionFile,
  folderClashes,
  netlifyHeaders,
  nginxHeaderMaps,
  nginxString,
  nginxTypeLocations,
  nginxVariable,
  staticProblems,
  type EditionEntry,
} from '@/lib/publish/static-edition';

const common = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' };
const entries: EditionEntry[] = [
  { path: '/', status: 200, headers: { ...common, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'self' 'sha256-a='; frame-ancestors 'self'", 'x-frame-options': 'SAMEORIGIN', etag: '"x"' } },
  { path: '/embed', status: 200, headers: { ...common, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'self' 'sha256-b='; frame-ancestors *" } },
  { path: '/_next/static/chunks/a.js', status: 200, headers: { ...common, 'cache-control': 'public, max-age=31536000, immutable', 'content-type': 'application/javascript', 'last-modified': 'x' } },
  { path: '/_next/static/chunks/b.js', status: 200, headers: { ...common, 'cache-control': 'public, max-age=31536000, immutable', 'content-type': 'application/javascript' } },
  { path: '/api/layers/talks', status: 200, headers: { ...common, 'content-type': 'application/geo+json', 'cache-control': 'public, max-age=3600' } },
  { path: '/api/refugees.csv', status: 200, headers: { ...common, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="r.csv"' } },
];
const notFound: EditionEntry = { path: '/404', status: 404, headers: { ...common, 'content-type': 'text/html', 'content-security-policy': "script-src 'self' 'sha256-c='", 'cache-control': 'no-store' } };

describe('editionFile', () => {
  it('writes pages as .html files that try_files finds, everything else at its own path', () => {
    expect(editionFile('/')).toBe('index.html');
    expect(editionFile('/embed')).toBe('embed.html');
    expect(editionFile('/404')).toBe('404.html');
    expect(editionFile('/api/layers/talks')).toBe('api/layers/talks');
    expect(editionFile('/maplibre/6.17.0/maplibre-gl.mjs')).toBe('maplibre/6.17.0/maplibre-gl.mjs');
  });

  it('refuses a path that could leave out/', () => {
    for (const bad of ['/../etc/passwd', '/a//b', '/a/./b', '']) expect(() => editionFile(bad), bad).toThrow();
  });
});

describe('folderClashes', () => {
  it('names the answers whose path is also a folder of others', () => {
    expect([...folderClashes(['/', '/api/layers', '/api/layers/talks', '/api/refugees.csv'])]).toEqual(['/api/layers']);
  });
});

describe('netlifyHeaders', () => {
  const file = netlifyHeaders(entries, notFound);

  it('gives each path the Node app’s headers, a versioned folder one wildcard rule, and never a per-transfer header', () => {
    expect(file).toContain("/embed\n  Content-Security-Policy: script-src 'self' 'sha256-b='; frame-ancestors *\n");
    expect(file.match(/^\/_next\/static\/\*$/gm)).toHaveLength(1);
    expect(file).toContain('  Cache-Control: public, max-age=31536000, immutable');
    expect(file).not.toMatch(/^\s+(Etag|Last-Modified|Content-Length):/im);
    expect(file).toContain('/404.html\n');
  });

  it('names the Content-Type only of files without an extension, which a host could not guess', () => {
    expect(file).toContain('/api/layers/talks\n  Cache-Control: public, max-age=3600\n  Content-Type: application/geo+json\n');
    expect(file).not.toContain('Content-Type: text/csv');
    expect(file).not.toContain('Content-Type: text/html');
  });
});

describe('nginx configuration', () => {
  it('maps every header the app sends to each file by its $uri, with the 404 page’s as the default', () => {
    const maps = nginxHeaderMaps(entries, notFound);
    for (const name of NGINX_HEADERS) expect(maps).toContain(`map $uri ${nginxVariable(name)} {`);
    expect(maps).toContain(`"/index.html" "script-src 'self' 'sha256-a='; frame-ancestors 'self'";`);
    expect(maps).toContain(`"/embed.html" "";`); // no X-Frame-Options on the embed
    expect(maps).toContain(`default "script-src 'self' 'sha256-c='";`);
    expect(maps).toContain(`~^/_next/static/ "public, max-age=31536000, immutable";`);
    expect(maps).toContain(`"/api/refugees.csv" "attachment; filename=\\"r.csv\\"";`);
  });

  it('gives the files without an extension their Content-Type', () => {
    const types = nginxTypeLocations(entries);
    expect(types).toContain('location = /api/layers/talks { types { } default_type "application/geo+json"; }');
    expect(types).not.toContain('refugees.csv');
    expect(types).not.toContain('index.html');
  });

  it('quotes strings safely, and refuses what nginx would read as a variable or a new line', () => {
    expect(nginxString('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
    expect(() => nginxString('$host')).toThrow();
    expect(() => nginxString('a\nb')).toThrow();
  });
});

describe('staticProblems', () => {
  it('are problem+json bodies for 400, 404 and 405, as the API answers them', () => {
    for (const [file, body] of Object.entries(staticProblems())) {
      expect(body.status, file).toBe(Number(file.slice(0, 3)));
      expect(body.type).toBe('about:blank');
      expect(body.title).toBeTruthy();
      expect(body.detail).toBeTruthy();
    }
  });
});

describe('siteUrl', () => {
  it('is SITE_URL’s origin, or the local default', () => {
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(siteUrl({ SITE_URL: 'https://maps.example/' })).toBe('https://maps.example');
    expect(siteUrl({ SITE_URL: ' http://localhost:3100 ' })).toBe('http://localhost:3100');
  });

  it('refuses anything that is not an http(s) origin', () => {
    for (const bad of ['maps.example', 'ftp://maps.example', 'https://maps.example/map', 'https://maps.example/?a=1', 'https://u:p@maps.example']) {
      expect(() => siteUrl({ SITE_URL: bad }), bad).toThrow(/SITE_URL/);
    }
  });
});

describe('editionLinks', () => {
  it('names the page in the other language both ways (English the default) and points the discovery link at its edition’s oEmbed file at SITE_URL', () => {
    const before = process.env.SITE_URL;
    process.env.SITE_URL = 'https://maps.example';
    try {
      expect(editionLinks('map', 'en')).toEqual({
        canonical: 'https://maps.example/',
        languages: { en: 'https://maps.example/', uk: 'https://maps.example/uk', 'x-default': 'https://maps.example/' },
        oembed: { url: 'https://maps.example/oembed.json', title: EMBED_TITLE },
      });
      // Both pages write their head (components/page/PageDocument.tsx) from these links.
      expect(editionLinks('embed', 'uk')).toEqual({
        canonical: 'https://maps.example/uk/embed',
        languages: { en: 'https://maps.example/embed', uk: 'https://maps.example/uk/embed', 'x-default': 'https://maps.example/embed' },
        oembed: { url: 'https://maps.example/uk/oembed.json', title: MESSAGES.uk.page.embedTitle },
      });
    } finally {
      if (before === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = before;
    }
  });
});
