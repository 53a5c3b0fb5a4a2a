// Production server: Next.js behind a thin guard (server-guard.mjs). Next's request objects cannot
// carry the methods that fetch forbids (TRACE, TRACK, CONNECT), and Next answers a broken
// percent-encoding with a plain-text 500; the guard answers both properly. Everything else goes to Next.
import { createServer } from 'node:http';
import next from 'next';
import { guard } from './server-guard.mjs';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';

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
  void handle(req, res);
}).listen(port, hostname, () => console.log(`ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`));
