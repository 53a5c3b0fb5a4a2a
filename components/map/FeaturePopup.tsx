import { Popup } from 'react-map-gl/maplibre';
import { FeatureDetails } from './FeatureDetails';
import type { Selection } from './feature-lookup';
import { layerErrorText } from './layer-error-text';
import { useSelectedFeature } from './use-selected-feature';
import { useI18n } from '../i18n/I18nProvider';

/** The selected feature's details in a popup at its anchor: the details, or while they load, a line that says so, or why they failed. */
export function FeaturePopup({ selection, onClose }: { selection: Selection; onClose: () => void }) {
  const { locale, m } = useI18n();
  const details = useSelectedFeature(selection, locale);
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
        <FeatureDetails properties={details.feature.properties} />
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
