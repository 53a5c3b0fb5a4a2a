import { useCallback, useMemo, useState } from 'react';
import type { FeatureCollection, Position } from 'geojson';
import { distanceKm } from '@/lib/geo/distance-km';
import { measureGeoJson } from '@/lib/map/measure-geojson';

/** The measure tool: on or off, the points clicked (two at most) and the distance between them. */
export interface Measure {
  active: boolean;
  points: Position[];
  /** Great-circle kilometres between the two points, or null before the second click. */
  km: number | null;
  /** The points and the great-circle line between them, for the map. */
  geojson: FeatureCollection;
  toggle: () => void;
  add: (point: Position) => void;
  cancel: () => void;
}

/** Click two places, read the great-circle distance; a third click starts again. */
export function useMeasure(): Measure {
  const [active, setActive] = useState(false);
  const [points, setPoints] = useState<Position[]>([]);
  const add = useCallback((point: Position) => setPoints((current) => (current.length >= 2 ? [point] : [...current, point])), []);
  const geojson = useMemo(() => measureGeoJson(points), [points]);
  const cancel = useCallback(() => {
    setActive(false);
    setPoints([]);
  }, []);
  return {
    active,
    points,
    km: points.length === 2 ? distanceKm(points[0]!, points[1]!) : null,
    toggle: () => (active ? cancel() : setActive(true)),
    add,
    geojson,
    cancel,
  };
}
