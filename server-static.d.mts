// Types for server-static.mjs, for the tests.
import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const PRECOMPRESSED_DIR: string;
export declare const TRANSFER_HEADERS: Set<string>;
export declare function chooseEncoding(header: string | undefined): 'br' | 'gzip' | 'identity';
export declare function variantEtag(etag: string | undefined, encoding: 'br' | 'gzip' | 'identity'): string | undefined;
export declare function matchesIfNoneMatch(header: string | undefined, tags: (string | undefined)[]): boolean;
export type PrecompressedTable = Map<
  string,
  { status: number; headers: Record<string, string>; bodies: Partial<Record<'identity' | 'br' | 'gzip', Buffer>> }
>;
export declare function loadPrecompressed(dir?: string): PrecompressedTable | null;
export declare function servePrecompressed(table: PrecompressedTable | null, req: IncomingMessage, res: ServerResponse): boolean;
