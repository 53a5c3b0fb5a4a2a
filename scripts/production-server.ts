// Starts the production server (.server/main.mjs, built from server/) on loopback for the measuring scripts (bench,
// loadtest, lighthouse): builds first when there is no build, and waits until it answers.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The production server, compiled from server/ by `npm run build` (scripts/build-server.ts). */
export const SERVER_ENTRY = '.server/main.mjs';

/** Runs `npm run build` unless .next/ already holds a production build and the server is compiled; exits on failure. */
export function ensureBuild(): void {
  if (existsSync('.next/BUILD_ID') && existsSync(SERVER_ENTRY)) return;
  console.log('no production build yet: running npm run build');
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

/** Starts the production server on 127.0.0.1:`port`, with extra environment, and resolves once /api/layers answers (20 s at most). */
export async function startProductionServer(port: number, env: Record<string, string> = {}): Promise<{ base: string; pid: number | undefined; stop: () => void }> {
  ensureBuild();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: { ...process.env, ...env, PORT: String(port), HOSTNAME: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForAnswer(`${base}/api/layers`, 20);
  } catch (error) {
    child.kill();
    throw error;
  }
  return { base, pid: child.pid, stop: () => child.kill() };
}

/** Resolves once `url` answers 200, polling every 200 ms; throws after `seconds`. */
export async function waitForAnswer(url: string, seconds: number): Promise<void> {
  for (let waited = 0; ; waited += 200) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (waited >= seconds * 1000) throw new Error(`${url} did not answer within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
