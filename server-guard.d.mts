// Types for server-guard.mjs, for the tests.
export declare const FORBIDDEN_METHODS: Set<string>;
export declare const ALLOW: string;
export declare function guard(
  method: string | undefined,
  url: string | undefined,
): { status: number; headers: Record<string, string>; body: string } | null;
