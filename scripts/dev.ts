// npm run dev: `next dev`, with the pages (built apart from Next by scripts/build-pages.ts, their inline
// scripts by scripts/build-page-scripts.ts) built again whenever a file they can come from changes:
// anything under components/, lib/ or geodata/, and app/globals.css. Each build runs in a fresh process
// (a module changed on disk is read again) and writes a development build: React's own warnings and
// readable hydration errors, and StrictMode. No hot reload: reload the page once the build says so.
// Ctrl-C, or Next stopping by itself, stops both.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';

const TSX = join('node_modules', '.bin', 'tsx');
const WATCHED = ['components', 'lib', 'geodata', join('app', 'globals.css')];
const DEV_ENV = { ...process.env, PAGES_BUILD: 'development' };

/** The inline scripts, then the pages: what `npm run dev` builds first and again after each change. */
const BUILD = `"${TSX}" scripts/build-page-scripts.ts && "${TSX}" scripts/build-pages.ts`;

let building: ChildProcess | undefined;
let again = false;

/** Builds again in the background; a change during a build asks for one more build after it. */
function rebuild(): void {
  if (building) {
    again = true;
    return;
  }
  const started = Date.now();
  building = spawn('sh', ['-c', BUILD], { stdio: 'inherit', env: DEV_ENV });
  building.on('exit', (code) => {
    building = undefined;
    console.log(code === 0 ? `dev: pages built again in ${((Date.now() - started) / 1000).toFixed(1)} s: reload the page` : 'dev: the pages did not build (above); the last good build is still served');
    if (again) {
      again = false;
      rebuild();
    }
  });
}

if (spawnSync('sh', ['-c', BUILD], { stdio: 'inherit', env: DEV_ENV }).status !== 0) process.exit(1);
let timer: NodeJS.Timeout | undefined;
for (const path of WATCHED) {
  watch(path, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 300); // an editor's save is often several events
  });
}
const next = spawn(join('node_modules', '.bin', 'next'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit' });
const stop = (code: number) => {
  next.kill();
  building?.kill();
  process.exit(code);
};
next.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(130));
process.on('SIGTERM', () => stop(143));
