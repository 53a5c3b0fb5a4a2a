import { describe, expect, test } from 'vitest';
import { byId, ukrainianStore } from '@/tests/support/layer-store';
import { kyiv } from '.';
import { bboxPolygon, booleanContains, point } from '@turf/turf';
import type { BBox, Point } from 'geojson';

describe('kyiv in Ukrainian', () => {
  test('its name, and the story’s words with their translation', async () => {
    const uk = await ukrainianStore();
    expect(byId('kyiv', uk).properties).toMatchObject({ name: 'Київ', quote: byId('kyiv').properties.quote });
    expect(String(byId('kyiv', uk).properties.quoteTranslation)).toMatch(/^Розпочався другий раунд переговорів/);
  });
});

/** Whether a layer's tour step frames a feature's point. */
const framed = (bounds: BBox, id: string) => booleanContains(bboxPolygon(bounds), point((byId(id).geometry as Point).coordinates));

describe('kyiv’s tour step', () => {
  test('frames Kyiv', () => {
    expect(framed(kyiv.tour!.bounds, 'kyiv')).toBe(true);
  });
});
