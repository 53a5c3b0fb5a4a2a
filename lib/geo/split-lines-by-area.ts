import { booleanPointInPolygon, polygon } from '@turf/turf';
import type { Position } from 'geojson';

/** Lines cut where they enter or leave an area. */
export interface SplitLines {
  inside: Position[][];
  outside: Position[][];
}

/**
 * Cuts lines into the runs whose segments lie inside `area` and the runs outside it, judging each
 * segment by its midpoint. The inputs are not mutated.
 *
 * @example splitLinesByArea(coast.geometry.coordinates, SEA_OF_AZOV_AREA)
 */
export function splitLinesByArea(lines: readonly Position[][], area: Position[]): SplitLines {
  const zone = polygon([area]);
  const result: SplitLines = { inside: [], outside: [] };
  for (const line of lines) {
    let run: Position[] = [];
    let runInside: boolean | null = null;
    for (let i = 0; i < line.length - 1; i++) {
      const a = line[i] as Position;
      const b = line[i + 1] as Position;
      const mid: Position = [((a[0] as number) + (b[0] as number)) / 2, ((a[1] as number) + (b[1] as number)) / 2];
      const inside = booleanPointInPolygon(mid, zone);
      if (runInside !== null && inside !== runInside) {
        (runInside ? result.inside : result.outside).push(run);
        run = [];
      }
      if (run.length === 0) run.push(a);
      run.push(b);
      runInside = inside;
    }
    if (runInside !== null && run.length >= 2) (runInside ? result.inside : result.outside).push(run);
  }
  return result;
}
