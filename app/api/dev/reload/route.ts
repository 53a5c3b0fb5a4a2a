import { watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { problemResponse } from '@/lib/http/problem';
import { PAGE_BUILD_ID_FILE } from '@/lib/page/page-build';

export const dynamic = 'force-dynamic';

/**
 * GET /api/dev/reload, under `npm run dev` only: a stream of server-sent events, one `rebuilt` each
 * time the page builder has written the pages again (scripts/dev.ts), which a development page
 * answers by reloading itself (components/page/client/reload-on-rebuild.ts). Not found elsewhere.
 */
export function GET(request: Request): Response {
  if (process.env.NODE_ENV !== 'development') return problemResponse(404, 'Live reload exists under npm run dev only.');
  const encoder = new TextEncoder();
  let close = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const watcher = watch(dirname(PAGE_BUILD_ID_FILE), (_event, file) => {
        if (file === basename(PAGE_BUILD_ID_FILE)) controller.enqueue(encoder.encode('event: rebuilt\ndata: \n\n'));
      });
      close = () => watcher.close();
      request.signal.addEventListener('abort', () => {
        close();
        controller.close();
      });
      controller.enqueue(encoder.encode(': connected\n\n'));
    },
    cancel: () => close(),
  });
  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' } });
}
