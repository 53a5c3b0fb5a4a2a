// Production server: Next.js behind a thin guard (server/guard.ts). Next's request objects cannot
// carry the methods that fetch forbids (TRACE, TRACK, CONNECT), and Next answers a broken
// percent-encoding with a plain-text 500; the guard answers both properly. The pages, built once,
// and the build's static files, layers and downloads come from memory, precompressed
// (server/precompressed-table.ts). Everything else goes to Next.
//
// `npm run build` compiles this folder to .server/main.mjs (scripts/build-server.ts), which
// `npm start` runs.
import { createServer } from 'node:http';
import next from 'next';
import { guard } from './guard';
import { loadPrecompressed, servePrecompressed } from './precompressed-table';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';

// PRECOMPRESSED=off is how scripts/precompress.ts asks Next itself, while it builds the table.
const precompressed = process.env.PRECOMPRESSED === 'off' ? null : loadPrecompressed();
if (!precompressed && process.env.PRECOMPRESSED !== 'off') {
  // The pages' Content-Security-Policy (their inline scripts' hashes) is made with the table.
  console.error('no .next/precompressed/: run npm run build first');
  process.exit(1);
}
/** The CSP of a page Next answers itself (its 404 page): the hashes of that page's scripts. */
const pageCsp = precompressed?.notFound?.headers['content-security-policy'];

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  const early = guard(req.method, req.url);
  if (early) {
    res.writeHead(early.status, early.headers);
    res.end(req.method === 'HEAD' ? undefined : early.body);
    return;
  }
  if (servePrecompressed(precompressed, req, res)) return;
  // The API has its own policy (next.config.mjs); pages Next renders get the pages' one. Not the
  // benchmark's baseline page (public/bench/, written by npm run bench, never committed): it runs
  // its own inline script, as a bare MapLibre page would.
  if (pageCsp && !/^\/(api|bench)\//.test(req.url ?? '')) res.setHeader('Content-Security-Policy', pageCsp);
  void handle(req, res);
}).listen(port, hostname, () => console.log(`ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`));
