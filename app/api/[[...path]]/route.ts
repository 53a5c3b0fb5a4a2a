import { problemResponse } from '@/lib/http/problem';

/** Any other /api path: a 404 problem+json, whatever the method, never Next's HTML page. */
function notFound(): Response {
  return problemResponse(404, 'No such API endpoint. Endpoints: /api/layers, /api/layers/<id>, /api/labels/<id>, /api/oembed.');
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };
