// The README's tables that describe the code (the layers, the tour), written from the code:
// `npm run readme` rewrites them between their markers, and tests/unit/readme.test.ts fails when the
// README says something else (a layer added, a step moved).
import type { LayerStore } from '../../lib/layers/layer-store';
import { LAYERS } from '../../lib/layers/layers';
import type { Source } from '../../lib/geodata/source';
import { TOUR_STEPS } from '../../lib/tour/tour-steps';

/** The marker lines around a generated block. */
export const marker = (name: string) => [`<!-- generated: ${name} (npm run readme) -->`, `<!-- /generated: ${name} -->`] as const;

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** Every layer, in drawing order: id, title, shown, features and their geometry, the outlets they cite. */
export function layersTable(store: LayerStore): string {
  const rows = LAYERS.map((layer) => {
    const features = store.layers[layer.id].collection.features;
    const geometry = [...new Set(features.map((f) => f.geometry.type))].sort().join(', ');
    const outlets = [...new Set(features.flatMap((f) => (f.properties?.sources as Source[]).map((s) => s.publisher)))];
    return `| \`${layer.id}\` | ${cell(layer.title.en)} | ${layer.toggle === 'switch' ? `switch, ${layer.storyOrder}` : 'always'} | ${features.length} ${geometry} | ${cell(outlets.join('; '))} |`;
  });
  return ['| id | title | shown (story order) | features | outlets cited |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The tour's steps, in order: the layer each switches on, its title and the story's words. */
export function tourTable(): string {
  const rows = TOUR_STEPS.map((step, i) => `| ${i + 1} | \`${step.layer}\` | ${cell(step.title.en)} | “${cell(step.quote)}” |`);
  return ['| step | layer | title | the story’s words |', '|---|---|---|---|', ...rows].join('\n');
}

/** The README with each generated block written again from the code. */
export function withTables(readme: string, store: LayerStore): string {
  const blocks: Record<string, string> = { layers: layersTable(store), tour: tourTable() };
  let out = readme;
  for (const [name, table] of Object.entries(blocks)) {
    const [open, close] = marker(name);
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new Error(`README.md has no ${open} … ${close} block`);
    out = `${out.slice(0, start + open.length)}\n${table}\n${out.slice(end)}`;
  }
  return out;
}
