// Production server: Next.js behind a thin guard (server-guard.mjs). Next's request objects cannot
// carry the methods that fetch forbids (TRACE, TRACK, CONNECT), and Next answers a broken
// percent-encoding with a plain-text 500; the guard answers both properly. The build's static files
// and layers come from memory, precompressed (server-static.mjs). Everything else goes to Next.
import { createServer } from 'node:http';
import next from 'next';
import { guard } from './server-guard.mjs';
import { loadPrecompressed, servePrecompressed } from './server-static.mjs';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';

// The build's static files and layers, precompressed (server-static.mjs); PRECOMPRESSED=off is how
// scripts/precompress.mjs asks Next itself.
const precompressed = process.env.PRECOMPRESSED === 'off' ? null : loadPrecompressed();
if (!precompressed && process.env.PRECOMPRESSED !== 'off') console.warn('no .next/precompressed/: Next.js answers every request (run npm run build)');

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
  void handle(req, res);
}).listen(port, hostname, () => console.log(`ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`));
