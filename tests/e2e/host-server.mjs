// A news site on another origin (port 3101) that embeds the map served on port 3100, for the
// embed tests. It serves a long article with the loader and one iframe, and a blank page.
import { createServer } from 'node:http';

const PORT = Number(process.env.HOST_PORT ?? 3101);
const MAP = process.env.MAP_ORIGIN ?? 'http://localhost:3100';
const filler = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1} of the article. `.padEnd(600, 'Lorem ipsum dolor sit amet. ') + '</p>').join('\n');

const pages = {
  '/article.html': `<!doctype html><html><head><meta charset="utf-8"><title>Article</title>
<style>body{font-family:serif;max-width:680px;margin:0 auto;padding:0 12px}</style></head><body>
<h1>A news article</h1>${filler}
<iframe id="map" src="${MAP}/embed?layers=refugees" title="Map" width="100%" height="575" style="width:100%;height:575px;border:0" loading="eager"></iframe>
<script src="${MAP}/embed.js" async></script>
${filler}</body></html>`,
  '/blank.html': '<!doctype html><html><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>',
};

createServer((req, res) => {
  if (req.url === '/favicon.ico') return void res.writeHead(204).end();
  const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
  res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(body ?? 'not found');
}).listen(PORT, () => console.log(`host page on http://localhost:${PORT}`));
