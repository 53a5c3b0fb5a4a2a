// npm run readme: writes the README's generated tables (./docs/readme-tables.ts) from the code.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadGeodata } from '../lib/geodata/load-geodata';
import { buildLayerStore } from '../lib/layers/layer-store';
import { withTables } from './docs/readme-tables';

async function main(): Promise<void> {
  const readme = readFileSync('README.md', 'utf8');
  const next = withTables(readme, await buildLayerStore(loadGeodata()));
  writeFileSync('README.md', next);
  console.log(next === readme ? 'README.md: its tables already say what the code does' : 'README.md: tables written again');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
