import { describe, expect, test } from 'vitest';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, Point, Polygon } from 'geojson';
import { features, byId, country } from '@/tests/support/layer-store';
import { ISO_UKRAINE } from '@/lib/config';

const ukraine = country(ISO_UKRAINE);

describe('ports', () => {
  test('Kherson is seized and Mariupol besieged, each with a 20 km ring around it', () => {
    expect(byId('kherson').properties.status).toBe('seized');
    expect(byId('mariupol').properties.status).toBe('besieged');
    for (const id of ['kherson', 'mariupol']) {
      const ring = byId(`${id}-ring`);
      expect(ring.properties.radiusKm).toBe(20);
      expect(booleanPointInPolygon((byId(id).geometry as Point).coordinates, ring as Feature<Polygon>)).toBe(true);
    }
  });

  test('secondary ports have no ring, and every port lies within 10 km of Ukraine’s outline', () => {
    for (const f of features('ports').filter((f) => f.properties.kind === 'port')) {
      const d = pointToPolygonDistance((f.geometry as Point).coordinates, ukraine, { units: 'kilometers' });
      expect(d, f.properties.id).toBeLessThan(10);
    }
    expect(features('ports').filter((f) => f.properties.kind === 'port-ring')).toHaveLength(2);
  });
});
