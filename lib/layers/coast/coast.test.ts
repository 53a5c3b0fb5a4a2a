import { describe, expect, test } from 'vitest';
import { distance, pointToPolygonDistance } from '@turf/turf';
import type { Point, Position } from 'geojson';
import { features, byId, country } from '@/tests/support/layer-store';
import { ISO_UKRAINE } from '@/lib/config';

const ukraine = country(ISO_UKRAINE);

describe('coast', () => {
  test('has a Black Sea and a Sea of Azov stretch, both on Ukraine’s outline', () => {
    const seas = features('coast').map((f) => f.properties.sea);
    expect(seas).toEqual(['Black Sea', 'Sea of Azov']);
    for (const f of features('coast')) {
      expect(f.properties.lengthKm as number).toBeGreaterThan(300);
      for (const line of (f.geometry as unknown as { coordinates: Position[][] }).coordinates) {
        for (const p of line) expect(Math.abs(pointToPolygonDistance(p, ukraine, { units: 'kilometers' }))).toBeLessThan(0.5);
      }
    }
  });

  test('Mariupol lies on the Azov stretch and Odesa on the Black Sea stretch (within 15 km)', () => {
    const near = (coastId: string, placeId: string) => {
      const coast = byId(coastId) as unknown as { geometry: { coordinates: Position[][] } };
      const place = (byId(placeId).geometry as Point).coordinates;
      return Math.min(...coast.geometry.coordinates.flat().map((p) => distance(p, place, { units: 'kilometers' })));
    };
    expect(near('coast-sea-of-azov', 'mariupol')).toBeLessThan(15);
    expect(near('coast-black-sea', 'odesa')).toBeLessThan(15);
  });
});
