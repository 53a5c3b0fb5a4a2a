// Types for etag.mjs.
export declare function ifNoneMatch(header: string | null | undefined, etag: string): boolean;
