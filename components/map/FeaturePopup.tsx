import { Popup, useMap } from 'react-map-gl/maplibre';
import type { LabelCollection } from '@/lib/layers/layer-labels';
import type { LayerId } from '@/lib/layers/registry';
import { placesDrawnHere } from '@/lib/map/places-drawn-here';
import { FeatureDetails } from './FeatureDetails';
import type { Selection } from './feature-lookup';
import { layerErrorText } from './layer-error-text';
import { useSelectedFeature } from './use-selected-feature';
import { useI18n } from '../i18n/I18nProvider';

interface FeaturePopupProps {
  selection: Selection;
  onClose: () => void;
  /** Opens another place's details (one this marker stands for at this zoom). */
  onSelect: (selection: Selection) => void;
  labels: Partial<Record<LayerId, LabelCollection>>;
  visible: Record<LayerId, boolean>;
}

/** The selected feature's details in a popup at its anchor: the details, or while they load, a line that says so, or why they failed. */
export function FeaturePopup({ selection, onClose, onSelect, labels, visible }: FeaturePopupProps) {
  const { locale, m } = useI18n();
  const details = useSelectedFeature(selection, locale);
  const map = useMap().current;
  // The places this marker stands for at this zoom (drawn with it): each opens its own details.
  const alsoHere = map ? placesDrawnHere(labels, visible, selection, map.getZoom()) : [];
  if (!details.feature && !details.loading && !details.error) return null;
  return (
    <Popup
      // Made again when the details replace the loading line: MapLibre picks the popup's side
      // from its size when it opens, and would keep the side that suited a one-line popup.
      key={details.feature ? 'details' : 'status'}
      longitude={selection.anchor[0] as number}
      latitude={selection.anchor[1] as number}
      onClose={onClose}
      closeOnClick={false}
      maxWidth="340px"
      // Focus goes to the details themselves, at their top: a screen reader starts at the name,
      // and a popup that scrolls shows its beginning. (MapLibre's own focusAfterOpen picks the
      // first link: the sources, at the end.)
      focusAfterOpen={false}
      onOpen={(event) => event.target.getElement()?.querySelector<HTMLElement>('article.details')?.focus({ preventScroll: true })}
      className="feature-popup"
    >
      {details.feature ? (
        <>
          <FeatureDetails properties={details.feature.properties} />
          {alsoHere.length > 0 && (
            <nav className="details__also-here" aria-label={m.details.alsoHere}>
              <p>{m.details.alsoHere}:</p>
              <ul>
                {alsoHere.map((place) => (
                  <li key={`${place.layerId}:${place.featureId}`}>
                    <button type="button" onClick={() => onSelect({ layerId: place.layerId, featureId: place.featureId, anchor: place.anchor })}>
                      {place.name}
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </>
      ) : details.error ? (
        <p className="details details__error" role="alert">
          {m.details.failed(layerErrorText(details.error, m))}{' '}
          <button type="button" onClick={details.retry}>
            {m.layers.retry}
          </button>
        </p>
      ) : (
        <p className="details details__loading" role="status">
          {m.details.loading}
        </p>
      )}
    </Popup>
  );
}
