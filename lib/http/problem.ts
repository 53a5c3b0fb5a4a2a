/** An RFC 9457 problem detail, the body of every API error. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  501: 'Not Implemented',
  500: 'Internal Server Error',
};

/** The problem detail for a status, with a detail a developer can act on. */
export function problem(status: number, detail: string): Problem {
  return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail };
}

/**
 * A JSON error response (`application/problem+json`) with the given status and a detail a developer
 * can act on. Errors are not cached.
 */
export function problemResponse(status: number, detail: string, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(problem(status, detail)), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...headers },
  });
}
