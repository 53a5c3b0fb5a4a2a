'use client';

import { formatDistance } from '@/lib/format/format-number';
import type { Measure } from './use-measure';

/** The measure button and its readout. */
export function MeasureControl({ measure }: { measure: Measure }) {
  return (
    <div className="measure">
      <button type="button" className="measure__button" aria-pressed={measure.active} onClick={measure.toggle}>
        {measure.active ? 'Stop measuring' : 'Measure a distance'}
      </button>
      {measure.active && (
        <p className="measure__readout" role="status">
          {measure.km !== null
            ? `Great-circle distance: ${formatDistance(measure.km)}`
            : measure.points.length === 1
              ? 'Now click the second place.'
              : 'Click two places on the map.'}
        </p>
      )}
    </div>
  );
}
