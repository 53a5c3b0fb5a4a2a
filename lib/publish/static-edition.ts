import { problem, type Problem } from '../http/problem';
import { PAGES } from '../page/pages';

// How the build's fixed answers (.next/precompressed/manifest.json, scripts/precompress.ts) become
// the static edition in out/ (scripts/export.ts): a file per answer, and the same headers as
// rules for static hosts (`_headers`) and for nginx (deploy/nginx.conf includes `_nginx/*.conf`).

/** One answer of the build, as the manifest stores it. */
export interface EditionEntry {
  path: string;
  status: number;
  headers: Record<string, string>;
}

/** Headers a static server makes itself, per transfer or per file: never copied into its rules. */
const SERVER_MADE = new Set(['etag', 'last-modified', 'content-length', 'content-encoding', 'vary', 'date']);
/** Folders whose file names carry their version: one wildcard rule each instead of a rule per file. */
export const VERSIONED_PREFIXES = ['/_next/static/', '/maplibre/', '/_pages/', '/_pictures/'];

/** The pages' files (lib/page/pages.json) and the 404 page's: "try $uri, $uri.html, $uri/index.html" finds each at its path. */
const PAGE_FILES: Record<string, string> = { ...Object.fromEntries(PAGES.map((page) => [page.path, page.file])), '/404': '404.html' };

function isPage(path: string): boolean {
  return path in PAGE_FILES;
}

/** True when a file's name tells a static server its type: a page, or a name with an extension. */
function namesItsType(path: string): boolean {
  return isPage(path) || /\.[a-z0-9]+$/i.test(path);
}

/**
 * Where an answer's body is written in out/, relative to it: the pages as .html files, everything
 * else at its own path.
 *
 * @example editionFile('/embed') // => 'embed.html'
 * @example editionFile('/api/layers/talks') // => 'api/layers/talks'
 */
export function editionFile(path: string): string {
  const page = PAGE_FILES[path];
  if (page) return page;
  const relative = path.replace(/^\/+/, '');
  if (!relative || relative.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`${path} is not a path the static edition can hold`);
  }
  return relative;
}

/**
 * Answers whose paths are also folders of other answers (`/api/layers`, the index, and
 * `/api/layers/<id>`): a file system cannot hold both, so the static edition leaves the first out.
 */
export function folderClashes(paths: readonly string[]): Set<string> {
  // A page is written as a file of its own (PAGE_FILES: /uk is uk/index.html), so it never clashes.
  return new Set(paths.filter((path) => !isPage(path) && paths.some((other) => other.startsWith(`${path}/`))));
}

/** The headers an answer's rule carries: what the app sends, less what any server makes per transfer. */
export function ruleHeaders(entry: EditionEntry, withContentType: boolean): [string, string][] {
  return Object.entries(entry.headers)
    .filter(([name]) => !SERVER_MADE.has(name) && (withContentType || name !== 'content-type'))
    .sort(([a], [b]) => a.localeCompare(b));
}

/** The rule's path pattern: the versioned folders as wildcards, everything else exactly. */
function rulePath(path: string): string {
  const prefix = VERSIONED_PREFIXES.find((p) => path.startsWith(p));
  return prefix ? `${prefix}*` : path;
}

/** Title-cases a header name as hosts print them: `x-frame-options` → `X-Frame-Options`. */
function headerName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}

/**
 * The `_headers` file that Netlify and Cloudflare Pages read: one block per path (one per versioned
 * folder) with the headers the Node app sends there, Content-Type included for files without an
 * extension (the layers, the JSON download), which those hosts could not guess.
 */
export function netlifyHeaders(entries: readonly EditionEntry[], notFound: EditionEntry): string {
  const blocks = new Map<string, [string, string][]>();
  for (const entry of entries) {
    const path = rulePath(entry.path);
    if (blocks.has(path)) continue;
    blocks.set(path, ruleHeaders(entry, !namesItsType(entry.path)));
  }
  blocks.set('/404.html', ruleHeaders(notFound, false));
  const lines = ["# Written by npm run export from the Node app's own answers: the same headers on a static host."];
  for (const [path, headers] of blocks) {
    lines.push(path, ...headers.map(([name, value]) => `  ${headerName(name)}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

/** A string as an nginx configuration token: double-quoted, quotes and backslashes escaped. */
export function nginxString(value: string): string {
  // nginx would read $ as a variable; no header of ours has one, nor a line break.
  if (/[\r\n$]/.test(value)) throw new Error(`an nginx string cannot hold "$" or a line break: ${value}`);
  return `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/** nginx's `$uri` once try_files has found the file: the file's path in out/. */
function nginxUri(entry: EditionEntry): string {
  return `/${editionFile(entry.path)}`;
}

/** The header names nginx sets from maps, as `$h_<name>` variables (deploy/nginx.conf adds them). */
export const NGINX_HEADERS = [
  'access-control-allow-origin',
  'cache-control',
  'content-disposition',
  'content-security-policy',
  'permissions-policy',
  'referrer-policy',
  'x-content-type-options',
  'x-frame-options',
] as const;

/** The nginx variable for a header: `x-frame-options` → `$h_x_frame_options`. */
export function nginxVariable(name: string): string {
  return `$h_${name.replace(/-/g, '_')}`;
}

/**
 * nginx `map` blocks (http context) that give each file of out/ the Node app's headers, keyed by
 * `$uri` after try_files. Versioned folders match by prefix. A header a file does not have maps
 * to "", which nginx's add_header leaves out. The 404 page and unknown paths get the 404 page's.
 */
export function nginxHeaderMaps(entries: readonly EditionEntry[], notFound: EditionEntry): string {
  const blocks: string[] = ["# Written by npm run export from the Node app's own answers (lib/publish/static-edition.ts)."];
  const prefixed = VERSIONED_PREFIXES.map((prefix) => entries.find((e) => e.path.startsWith(prefix))).filter((e): e is EditionEntry => !!e);
  const exact = entries.filter((e) => !VERSIONED_PREFIXES.some((p) => e.path.startsWith(p)));
  for (const name of NGINX_HEADERS) {
    const value = (entry: EditionEntry) => nginxString(entry.headers[name] ?? '');
    const lines = [`map $uri ${nginxVariable(name)} {`, `  default ${value(notFound)};`];
    for (const entry of exact) lines.push(`  ${nginxString(nginxUri(entry))} ${value(entry)};`);
    for (const entry of prefixed) {
      const prefix = VERSIONED_PREFIXES.find((p) => entry.path.startsWith(p))!;
      lines.push(`  ~^${prefix.replace(/[.]/g, '\\.')} ${value(entry)};`);
    }
    lines.push('}');
    blocks.push(lines.join('\n'));
  }
  return `${blocks.join('\n')}\n`;
}

/**
 * nginx `location` blocks (server context) for the files whose type their name cannot tell (no
 * extension): each gets the Content-Type the Node app sends.
 */
export function nginxTypeLocations(entries: readonly EditionEntry[]): string {
  const lines = ['# Written by npm run export: Content-Types of the files without an extension.'];
  for (const entry of entries) {
    if (namesItsType(entry.path)) continue;
    const type = entry.headers['content-type'];
    if (!type) continue;
    lines.push(`location = ${nginxUri(entry)} { types { } default_type ${nginxString(type)}; }`);
  }
  return `${lines.join('\n')}\n`;
}

/** Methods a static file server answers. */
export const STATIC_ALLOW = 'GET, HEAD';

/**
 * The API's errors as the static edition's server sends them under /api/ (deploy/nginx.conf), as
 * files in out/_problem/: the same problem+json the Node app sends, for what a static server can
 * tell apart (no such file, a method other than GET or HEAD, an address it cannot read).
 */
export function staticProblems(): Record<string, Problem> {
  return {
    '400.json': problem(400, 'The path is not valid percent-encoding.'),
    '404.json': problem(404, 'No such API endpoint. Endpoints: /api/layers/<id>, /api/labels/<id>, /api/refugees/daily, /api/refugees/daily.csv, /api/refugees.csv.'),
    '405.json': problem(405, `Only ${STATIC_ALLOW} are allowed here.`),
  };
}
