// npm run export: the static edition in out/, for any plain static file server or CDN.
// Every answer the build fixes (scripts/precompress.ts: pages, static files, MapLibre, layers,
// downloads, the oEmbed file, the 404 page) is written as a file beside its .br and .gz copies,
// with the Node app's headers as rules for static hosts (_headers) and for nginx (_nginx/, read by
// deploy/nginx.conf). It builds first (npm run build), for the public origin in SITE_URL; set
// EXPORT_REUSE_BUILD=1 to export the build at hand when it was made for that origin. What the
// static edition cannot do is in README.md.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { siteUrl } from '../lib/http/site-url';
import { editionFile, folderClashes, netlifyHeaders, nginxHeaderMaps, nginxTypeLocations, staticProblems } from '../lib/publish/static-edition';
import { PRECOMPRESSED_DIR, readPrecompressedManifest, type PrecompressedEntry } from '../server/precompressed-table';

const OUT = process.env.EXPORT_DIR ?? 'out';
/** Where the static edition's server finds the API's error answers (deploy/nginx.conf). */
const PROBLEMS_DIR = '_problem';

function main(): void {
  const site = siteUrl();
  let manifest = readPrecompressedManifest();
  if (process.env.EXPORT_REUSE_BUILD !== '1' || manifest?.siteUrl !== site) {
    console.log(`building for ${site}`);
    if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, SITE_URL: site } }).status !== 0) process.exit(1);
    manifest = readPrecompressedManifest();
  }
  if (!manifest) throw new Error('the build wrote no manifest');

  rmSync(OUT, { recursive: true, force: true });
  const clashes = folderClashes(manifest.entries.map((e) => e.path));
  const entries = manifest.entries.filter((e) => !clashes.has(e.path));
  let files = 0;
  let copies = 0;
  const write = (entry: PrecompressedEntry, file: string) => {
    const target = join(OUT, file);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(PRECOMPRESSED_DIR, entry.files.identity), target);
    files++;
    for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']] as const) {
      const copy = entry.files[encoding];
      if (!copy) continue;
      copyFileSync(join(PRECOMPRESSED_DIR, copy), `${target}${suffix}`);
      copies++;
    }
  };
  for (const entry of entries) write(entry, editionFile(entry.path));
  const notFound = { ...manifest.notFound, path: '/404' };
  write(notFound, editionFile(notFound.path));
  mkdirSync(join(OUT, PROBLEMS_DIR), { recursive: true });
  for (const [file, body] of Object.entries(staticProblems())) writeFileSync(join(OUT, PROBLEMS_DIR, file), JSON.stringify(body));

  writeFileSync(join(OUT, '_headers'), netlifyHeaders(entries, notFound));
  mkdirSync(join(OUT, '_nginx'), { recursive: true });
  writeFileSync(join(OUT, '_nginx', 'headers.conf'), nginxHeaderMaps(entries, notFound));
  writeFileSync(join(OUT, '_nginx', 'types.conf'), nginxTypeLocations(entries));
  console.log(
    `exported ${files} files and ${copies} .br/.gz copies to ${OUT}/ for ${site}` +
      (clashes.size ? `; left out (a folder of the same name holds other files): ${[...clashes].join(', ')}` : ''),
  );
}

main();
