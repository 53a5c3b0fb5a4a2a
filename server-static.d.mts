// Types for server-static.mjs, for the tests.
import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const PRECOMPRESSED_DIR: string;
export declare const TRANSFER_HEADERS: Set<string>;
export declare function chooseEncoding(header: string | undefined): 'br' | 'gzip' | 'identity';
export declare function variantEtag(etag: string | undefined, encoding: 'br' | 'gzip' | 'identity'): string | undefined;
export declare function matchesIfNoneMatch(header: string | undefined, tags: (string | undefined)[]): boolean;
export declare const PAGE_PATHS: string[];
/** One stored answer, as manifest.json lists it. */
export interface PrecompressedEntry {
  path: string;
  status: number;
  headers: Record<string, string>;
  files: { identity: string; br?: string; gzip?: string };
}
export interface PrecompressedAnswer {
  status: number;
  headers: Record<string, string>;
  bodies: Partial<Record<'identity' | 'br' | 'gzip', Buffer>>;
}
export interface PrecompressedTable {
  entries: Map<string, PrecompressedAnswer>;
  /** Next's 404 page and its headers; its CSP is the one for any page Next answers. */
  notFound: PrecompressedAnswer | null;
}
export declare function loadPrecompressed(dir?: string): PrecompressedTable | null;
export declare function servePrecompressed(table: PrecompressedTable | null, req: IncomingMessage, res: ServerResponse): boolean;
