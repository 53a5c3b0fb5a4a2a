import type { CircleLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { ColorScheme } from './themes';

/** Id of the measure tool's source. */
export const MEASURE_SOURCE_ID = 'measure';

type MeasureLayer = Omit<LineLayerSpecification, 'source'> | Omit<CircleLayerSpecification, 'source'>;

/** The measure tool's style layers, as data like every other layer's: the great-circle line and its two points. */
export function measureLayers(scheme: ColorScheme): MeasureLayer[] {
  return [
    {
      id: 'measure-line',
      type: 'line',
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': scheme === 'dark' ? '#f2f2f2' : '#111111', 'line-width': 2, 'line-dasharray': [2, 1] },
    },
    {
      id: 'measure-points',
      type: 'circle',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 5, 'circle-color': '#ffffff', 'circle-stroke-color': '#111111', 'circle-stroke-width': 2 },
    },
  ];
}
