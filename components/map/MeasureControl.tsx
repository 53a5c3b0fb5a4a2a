import { formatDistance } from '@/lib/format/format-number';
import { useI18n } from '../i18n/I18nProvider';
import type { Measure } from './use-measure';

/** The measure button and its readout. */
export function MeasureControl({ measure }: { measure: Measure }) {
  const { locale, m } = useI18n();
  return (
    <div className="measure">
      <button type="button" className="measure__button" aria-pressed={measure.active} onClick={measure.toggle}>
        {measure.active ? m.measure.stop : m.measure.start}
      </button>
      {measure.active && (
        <p className="measure__readout" role="status">
          {measure.km !== null
            ? m.measure.result(formatDistance(measure.km, locale))
            : measure.points.length === 1
              ? m.measure.second
              : m.measure.first}
        </p>
      )}
    </div>
  );
}
