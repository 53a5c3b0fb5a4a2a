import { describe, expect, test } from 'vitest';
import { splitLinesByArea } from '@/lib/geo/split-lines-by-area';

const area = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];

describe('splitLinesByArea', () => {
  test('cuts a line where it leaves the area', () => {
    const { inside, outside } = splitLinesByArea([[[1, 1], [1.5, 1], [3, 1], [4, 1]]], area);
    expect(inside).toEqual([[[1, 1], [1.5, 1]]]);
    expect(outside).toEqual([[[1.5, 1], [3, 1], [4, 1]]]);
  });

  test('keeps a line wholly outside in one piece', () => {
    const { inside, outside } = splitLinesByArea([[[5, 5], [6, 6], [7, 5]]], area);
    expect(inside).toEqual([]);
    expect(outside).toEqual([[[5, 5], [6, 6], [7, 5]]]);
  });
});
