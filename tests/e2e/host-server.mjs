// A news site on another origin (port 3101) that embeds the map served on port 3100, for the
// embed tests. It serves a long article with the loader and one iframe, an article column with an edition's
// oEmbed snippet (/column.html?embed=/uk/embed&column=343), and a blank page.
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

/**
 * An article column `column` px wide with the embed at `embed` pasted as a newsroom pastes it: the snippet of that
 * edition's oEmbed file (its html, pointed at this map's origin), between a few lines of text and many more.
 */
async function columnArticle(query) {
  const embed = query.get('embed') ?? '/embed';
  const column = Math.min(Math.max(Number(query.get('column')) || 343, 200), 1200);
  const answer = await (await fetch(MAP + embed.replace(/embed$/, 'oembed.json'))).json();
  const siteOrigin = new URL(answer.html.match(/src="([^"]+)"/)[1]).origin;
  let snippet = answer.html.replaceAll(siteOrigin, MAP);
  // A desk's own height, in place of the snippet's (height=220: a frame too short for the embed).
  const height = Number(query.get('height'));
  if (height > 0) snippet = snippet.replace(/height="\d+"/, `height="${height}"`).replace(/height:\d+px/, `height:${height}px`);
  // loader=0: the iframe alone, as a site that strips scripts from pasted HTML keeps it.
  if (query.get('loader') === '0') snippet = snippet.replace(/<script[^>]*><\/script>/, '');
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Article</title><style>body{font:17px/1.5 Georgia,serif;margin:0 16px}main{max-width:${column}px}h1{font-size:24px;margin:12px 0}</style></head>
<body><main><h1>A news article</h1><p>The talks began on Thursday.</p>
${snippet}
${filler}</main></body></html>`;
}

createServer(async (req, res) => {
  if (req.url === '/favicon.ico') return void res.writeHead(204).end();
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/column.html') {
    try {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return void res.end(await columnArticle(url.searchParams));
    } catch (error) {
      return void res.writeHead(502).end(`the map's oEmbed file could not be read: ${error}`);
    }
  }
  const body = pages[url.pathname];
  res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(body ?? 'not found');
}).listen(PORT, () => console.log(`host page on http://localhost:${PORT}`));
