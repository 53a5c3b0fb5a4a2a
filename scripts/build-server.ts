// Compiles the production server (server/, TypeScript) into .server/main.mjs, which `npm start`
// and the test and measuring scripts run with plain node. Packages stay imports (Next.js is
// resolved from node_modules at run time); the project's own modules (lib/http) are bundled in.
import { build } from 'esbuild';
import { SERVER_ENTRY } from './production-server';

async function main(): Promise<void> {
  const started = Date.now();
  await build({
    entryPoints: ['server/main.ts'],
    outfile: SERVER_ENTRY,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
  });
  console.log(`server: ${SERVER_ENTRY} in ${Date.now() - started} ms`);
}

void main();
