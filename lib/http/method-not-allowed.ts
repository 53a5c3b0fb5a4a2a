import { problemResponse } from './problem';

/** Methods every API route answers. */
export const API_ALLOW = 'GET, HEAD, OPTIONS';

/** 405 problem+json with the Allow header, for a method an API route does not take. */
export function methodNotAllowed(request: Request): Response {
  return problemResponse(405, `${request.method} is not allowed here; use GET.`, { Allow: API_ALLOW });
}
