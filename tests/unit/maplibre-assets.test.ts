import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAPLIBRE_URL, MAPLIBRE_VERSION, MAPLIBRE_WORKER_URL } from '@/lib/map/maplibre-assets';

describe('MapLibre assets', () => {
  it('name the installed version, which scripts/copy-maplibre.mjs uses for the folder', () => {
    const installed = JSON.parse(readFileSync('node_modules/maplibre-gl/package.json', 'utf8')) as { version: string };
    expect(MAPLIBRE_VERSION).toBe(installed.version);
    expect(MAPLIBRE_URL).toBe(`/maplibre/${installed.version}/maplibre-gl.mjs`);
    expect(MAPLIBRE_WORKER_URL).toBe(`/maplibre/${installed.version}/maplibre-gl-worker.mjs`);
  });

  it('the early map’s script uses only exports MapLibre has', async () => {
    const maplibre = await import('maplibre-gl');
    for (const name of ['setWorkerUrl', 'prewarm', 'Map'] as const) expect(typeof maplibre[name], name).toBe('function');
  });
});
