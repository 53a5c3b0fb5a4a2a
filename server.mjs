// Production server: Next.js behind a thin guard. Next's request objects cannot carry the methods
// that fetch forbids (TRACE, TRACK, CONNECT), so Next answers them with a plain-text 500; here they
// get a 405 with Allow, as problem+json, before Next sees them. Everything else goes to Next.
import { createServer } from 'node:http';
import next from 'next';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';
const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);
const ALLOW = 'GET, HEAD, OPTIONS';

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  if (FORBIDDEN_METHODS.has(req.method ?? '')) {
    const body = JSON.stringify({ type: 'about:blank', title: 'Method Not Allowed', status: 405, detail: `${req.method} is not allowed.` });
    res.writeHead(405, { Allow: ALLOW, 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.end(body);
    return;
  }
  void handle(req, res);
}).listen(port, hostname, () => console.log(`ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`));
