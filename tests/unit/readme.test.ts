import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { TOGGLEABLE_LAYER_IDS } from '@/lib/layers/registry';
import { withTables } from '@/scripts/docs/readme-tables';
import { store } from '@/tests/support/layer-store';

// The README describes the code; where it lists what the code defines, it must say what the code says.
const readme = readFileSync('README.md', 'utf8');

describe('README.md', () => {
  test('its layers and tour tables are the code’s (npm run readme writes them)', () => {
    expect(withTables(readme, store)).toBe(readme);
  });

  test('the embed’s layers option lists every switch, in the story’s order; its date option every day with figures', () => {
    const row = readme.split('\n').find((line) => line.trimStart().startsWith('| `layers` |'));
    expect(row).toContain(`\`${TOGGLEABLE_LAYER_IDS.join(',')}\``);
    const date = readme.split('\n').find((line) => line.trimStart().startsWith('| `date` |'))!;
    for (const snapshot of store.refugees.snapshots) expect(date).toContain(`\`${snapshot.date}\``);
  });
});
