// npm run dev: `next dev` for the API and the routes, and the pages (./pages/page-builder.ts) built
// again after each saved change, in this process, as a development build (React's own warnings and
// readable hydration errors, StrictMode): only what the change can reach, with esbuild's incremental
// contexts, the data from geodata/ only when it or the code it runs changed. An open page reloads
// itself once its files are written (app/api/dev/reload/route.ts). Ctrl-C, or Next stopping by itself,
// stops both.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildPictures } from './build-pictures';
import { createPageBuilder, removeOldOutputs } from './pages/page-builder';

/** What the pages are built from. */
const WATCHED = ['components', 'lib', 'geodata', 'app'];

async function main(): Promise<void> {
  removeOldOutputs();
  // The map as a picture, once: drawn from geodata/ as it is now (npm run build draws it again). A
  // picture that cannot be drawn does not stop the loop: the pages then go without pictures.
  try {
    console.log(await buildPictures());
  } catch (error) {
    console.warn(`dev: the map's pictures could not be drawn (${error instanceof Error ? error.message : String(error)}); the pages go without them.`);
  }
  const builder = await createPageBuilder({ development: true });
  console.log(await builder.build());
  const changed = new Set<string>();
  let building: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const rebuild = async () => {
    const files = [...changed];
    changed.clear();
    try {
      console.log(`dev: ${files.map((f) => join(f).replace(`${process.cwd()}/`, '')).join(', ')} changed; ${await builder.build(files)}`);
    } catch (error) {
      console.error('dev: the pages did not build; the last good build is still served', error);
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    // An editor's save is often several events; a change during a build waits for it.
    timer = setTimeout(() => {
      building = (building ?? Promise.resolve()).then(rebuild).finally(() => (building = undefined));
    }, 30);
  };
  for (const dir of WATCHED) {
    watch(dir, { recursive: true }, (_event, file) => {
      if (!file || /(^|\/)\.|\.test\.tsx?$|~$/.test(file)) return;
      changed.add(resolve(dir, file));
      schedule();
    });
  }
  const next = spawn(join('node_modules', '.bin', 'next'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit' });
  const stop = (code: number) => {
    next.kill();
    void builder.dispose().finally(() => process.exit(code));
  };
  next.on('exit', (code) => stop(code ?? 0));
  process.on('SIGINT', () => stop(130));
  process.on('SIGTERM', () => stop(143));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
