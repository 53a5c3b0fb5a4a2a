import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getIssues } from '@placemarkio/check-geojson';
import { LAYERS } from '@/lib/layers/layers';
import rewind from '@mapbox/geojson-rewind';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { GEODATA_DIR, loadGeodata } from '@/lib/geodata/load-geodata';
import { buildLayerStore } from '@/lib/layers/layer-store';
import { LAYER_IDS } from '@/lib/layers/registry';
import { storyPropertiesSchema } from '@/lib/layers/story-properties-schema';

const store = await buildLayerStore(loadGeodata());

function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positions);
    default:
      return geometry satisfies never;
  }
}

describe.each(LAYER_IDS)('served layer %s', (id) => {
  const body = store.layers[id].body;
  const collection = JSON.parse(body) as FeatureCollection;

  test('passes an independent GeoJSON checker (@placemarkio/check-geojson: structure, positions, closed rings)', () => {
    expect(getIssues(body)).toEqual([]);
  });

  test('follows RFC 7946 winding: @mapbox/geojson-rewind changes nothing', () => {
    expect(rewind(structuredClone(collection), false)).toEqual(collection);
  });

  test('every position is a longitude in [-180, 180] and a latitude in [-90, 90]', () => {
    for (const f of collection.features) {
      for (const [lon, lat] of positions(f.geometry)) {
        expect(Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90, `${String(f.id)} ${lon},${lat}`).toBe(true);
      }
    }
  });

  test('every feature’s properties match the schema: sources with URLs, ISO dates, integer counts ≥ 0', () => {
    for (const f of collection.features) {
      const result = storyPropertiesSchema.safeParse(f.properties);
      expect(result.success, `${String(f.id)}: ${result.error?.issues[0]?.message}`).toBe(true);
    }
  });
});

test('each day’s arrows and the people who moved on add up to that day’s stated total', () => {
  const arrows = LAYERS.flatMap((l) => ('figureLabels' in l && l.figureLabels ? store.layers[l.id].collection.features.filter((f) => f.properties?.kind === l.figureLabels!.kind) : []));
  for (const snapshot of store.refugees.snapshots) {
    const flows = arrows.filter((f) => f.properties?.snapshotDate === snapshot.date);
    expect(flows.reduce((sum, f) => sum + (f.properties?.count as number), 0) + snapshot.onwardCount, snapshot.date).toBe(snapshot.total);
  }
});

describe('scripts/check-geodata.ts (run before every build)', () => {
  const run = (dir?: string) =>
    spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/check-geodata.ts'], {
      encoding: 'utf8',
      env: { ...process.env, ...(dir ? { GEODATA_DIR: dir } : {}) },
    });

  test('passes on the committed geodata', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/geodata ok: basemap \d+, coast 2, refugees 27/);
  });

  test('fails the build on a broken file, naming the file and the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
    try {
      cpSync(GEODATA_DIR, dir, { recursive: true });
      writeFileSync(join(dir, 'refugees.json'), '{"snapshot": ');
      const result = run(dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('geodata check failed: geodata/refugees.json: is not valid JSON');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
