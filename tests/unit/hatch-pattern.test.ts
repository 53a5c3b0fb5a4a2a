import { describe, expect, test } from 'vitest';
import { hatchPattern } from '@/lib/map/hatch-pattern';

const alpha = (img: ReturnType<typeof hatchPattern>, x: number, y: number) => img.data[(y * img.width + x) * 4 + 3]!;

describe('hatchPattern', () => {
  test('is an RGBA square of the asked size in the asked colour', () => {
    const img = hatchPattern(16, 2, '#7a5d00');
    expect(img.width).toBe(16);
    expect(img.data).toHaveLength(16 * 16 * 4);
    expect([...img.data.slice(0, 3)]).toEqual([0x7a, 0x5d, 0x00]);
  });

  test('draws a diagonal stripe and leaves the rest transparent', () => {
    const img = hatchPattern(16, 2, '#000000');
    for (const i of [0, 5, 15]) expect(alpha(img, i, i)).toBe(255); // on the diagonal
    expect(alpha(img, 8, 0)).toBe(0); // half a period away
  });

  test('tiles seamlessly: the left and right columns continue each other', () => {
    const img = hatchPattern(16, 2, '#000000');
    // Pixel (16, y + 1) of the next tile is pixel (0, y + 1): it must continue the stripe through (15, y).
    for (let y = 0; y < 16; y++) expect(alpha(img, 0, (y + 1) % 16)).toBe(alpha(img, 15, y));
  });

  test('rejects bad sizes and colours', () => {
    expect(() => hatchPattern(1, 0.5, '#000000')).toThrow('sizePx must be an integer ≥ 2');
    expect(() => hatchPattern(16, 2, 'red')).toThrow('rgb must be #rrggbb');
  });
});
