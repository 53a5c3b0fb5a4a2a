import { describe, expect, test } from 'vitest';
import { bboxPolygon, booleanContains, booleanPointInPolygon, point, pointToPolygonDistance } from '@turf/turf';
import type { BBox, Feature, Point, Polygon } from 'geojson';
import { features, byId, country, ukrainianStore } from '@/tests/support/layer-store';
import { ports } from '.';
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

describe('ports in Ukrainian', () => {
  test('the ports’ names and statuses; the style reads the code, not the translated status', async () => {
    const uk = await ukrainianStore();
    expect(byId('kherson', uk).properties.name).toBe('Херсон');
    expect(byId('mariupol', uk).properties.status).toBe('в облозі');
    expect(byId('mariupol', uk).properties.statusCode).toBe(byId('mariupol').properties.statusCode);
    expect(JSON.stringify(ports.style)).toContain('["get","statusCode"]');
    expect(byId('mariupol-ring', uk).properties.name).toBe('Маріуполь: в облозі');
  });
});

/** Whether a layer's tour step frames a feature's point. */
const framed = (bounds: BBox, id: string) => booleanContains(bboxPolygon(bounds), point((byId(id).geometry as Point).coordinates));

describe('ports’ tour step', () => {
  test('frames the two ports of the story', () => {
    for (const id of ['kherson', 'mariupol']) expect(framed(ports.tour!.bounds, id), id).toBe(true);
  });
});
