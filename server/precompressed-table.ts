// The build's fixed responses, served from memory and precompressed, in front of Next.js.
//
// scripts/precompress.ts runs after `next build`: it starts this same server with the table
// switched off, asks Next for the pages, every static file, every layer and download (GET, no
// compression), and keeps status, headers and body as Next sent them (pages get their CSP with
// script hashes, caching and strong ETag added), plus brotli (quality 11) and gzip (level 9)
// copies, in .next/precompressed/. Next stays the definition of each response (the layer route
// handler computes the GeoJSON and its ETag); this table only replays it without Next's
// per-request work and with brotli, which Next does not send. The query string does not matter:
// the pages apply it in the browser. Anything not in the table, or a request this table does not
// handle (a Range, a method other than GET or HEAD, Next's own RSC requests), goes to Next.
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { ifNoneMatch } from '../lib/http/etag';
import { PAGES } from '../lib/page/pages';

export const PRECOMPRESSED_DIR = join('.next', 'precompressed');

/** The pages (lib/page/pages.json), built once: served from the table whatever their query. */
export const PAGE_PATHS = PAGES.map((page) => page.path);

export type Encoding = 'identity' | 'br' | 'gzip';

/** One stored answer, as manifest.json lists it. */
export interface PrecompressedEntry {
  path: string;
  status: number;
  headers: Record<string, string>;
  files: { identity: string; br?: string; gzip?: string };
}

/**
 * .next/precompressed/manifest.json: the public origin the pages were built for, the answers, and
 * Next's 404 page. Written by scripts/precompress.ts, read here and by scripts/export.ts.
 */
export interface PrecompressedManifest {
  siteUrl: string;
  entries: PrecompressedEntry[];
  notFound: PrecompressedEntry;
}

/** One answer in memory, with its bodies by encoding. */
export interface PrecompressedAnswer {
  status: number;
  headers: Record<string, string>;
  bodies: Partial<Record<Encoding, Buffer>>;
}

/** The table: the answers by path, and Next's 404 page, whose CSP is the one for any page Next answers. */
export interface PrecompressedTable {
  entries: Map<string, PrecompressedAnswer>;
  notFound: PrecompressedAnswer | null;
}

/** Headers of Next's answer that describe one transfer, not the resource: never replayed. */
export const TRANSFER_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-encoding',
  'content-length',
  'accept-ranges',
  'vary',
]);

/**
 * The encoding to send for an Accept-Encoding header: brotli, then gzip, then none. A coding
 * with q=0 is refused; `*` stands for any coding not named.
 */
export function chooseEncoding(header: string | undefined): Encoding {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (name: string) => (q.has(name) ? (q.get(name) ?? 0) > 0 : (q.get('*') ?? 0) > 0);
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}

/** The ETag of an encoded copy: the resource's tag with the coding appended inside the quotes. */
export function variantEtag(etag: string | undefined, encoding: Encoding): string | undefined {
  if (!etag || encoding === 'identity') return etag;
  return etag.replace(/"$/, `-${encoding}"`);
}

/** True when If-None-Match names any of the tags (the layer route's rule, lib/http/etag.ts). */
export function matchesIfNoneMatch(header: string | undefined, tags: (string | undefined)[]): boolean {
  return tags.some((tag) => tag !== undefined && ifNoneMatch(header, tag));
}

/** The manifest of the build's precompressed answers, or null when the build has none. */
export function readPrecompressedManifest(dir = PRECOMPRESSED_DIR): PrecompressedManifest | null {
  const manifestPath = join(dir, 'manifest.json');
  return existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as PrecompressedManifest) : null;
}

/**
 * Reads .next/precompressed/manifest.json and the bodies it names into memory; null when the build
 * has no precompressed copies (then Next answers everything).
 */
export function loadPrecompressed(dir = PRECOMPRESSED_DIR): PrecompressedTable | null {
  const manifest = readPrecompressedManifest(dir);
  if (!manifest) return null;
  const load = (entry: PrecompressedEntry): PrecompressedAnswer => {
    const bodies: Partial<Record<Encoding, Buffer>> = {};
    for (const [encoding, file] of Object.entries(entry.files)) bodies[encoding as Encoding] = readFileSync(join(dir, file));
    return { status: entry.status, headers: entry.headers, bodies };
  };
  const entries = new Map<string, PrecompressedAnswer>();
  for (const entry of manifest.entries) entries.set(entry.path, load(entry));
  return { entries, notFound: manifest.notFound ? load(manifest.notFound) : null };
}

/** Answers a request from the table and returns true, or returns false to let Next answer. */
export function servePrecompressed(table: PrecompressedTable | null, req: IncomingMessage, res: ServerResponse): boolean {
  if (!table || (req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range || req.headers.rsc) return false;
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const entry = table.entries.get(path);
  if (!entry) return false;
  const encoding = chooseEncoding(req.headers['accept-encoding']);
  const sent = entry.bodies[encoding] ? encoding : 'identity';
  const body = entry.bodies[sent] ?? Buffer.alloc(0);
  const etag = entry.headers.etag;
  const headers: Record<string, string> = { ...entry.headers, vary: 'Accept-Encoding' };
  const sentTag = variantEtag(etag, sent);
  if (sentTag) headers.etag = sentTag;
  const tags = (Object.keys(entry.bodies) as Encoding[]).map((e) => variantEtag(etag, e));
  if (etag && matchesIfNoneMatch(req.headers['if-none-match'], tags)) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  if (sent !== 'identity') headers['content-encoding'] = sent;
  headers['content-length'] = String(body.length);
  res.writeHead(entry.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
