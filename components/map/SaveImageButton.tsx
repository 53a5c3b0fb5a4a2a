import { useState } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { MAP_DATE } from '@/lib/config';
import { MAP_CONTAINER_ID } from '@/lib/map/map-options';
import { formatDate } from '@/lib/format/format-date';
import type { DrawnSnapshot } from '@/lib/refugees/refugee-summary';
import { LAYERS_IN_STORY_ORDER, isToggleableLayerId, type ToggleableLayerId } from '@/lib/layers/registry';
import { useI18n } from '../i18n/I18nProvider';
import { composeMapImage, type ImageText } from './compose-map-image';

interface SaveImageButtonProps {
  enabled: readonly ToggleableLayerId[];
  /** The refugee figures the arrows show. */
  refugees: DrawnSnapshot | undefined;
}

/** "Save as image": a PNG of the current view with title, key, credits and date burned in. */
export function SaveImageButton({ enabled, refugees }: SaveImageButtonProps) {
  const { locale, m } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The page's map, from react-map-gl's MapProvider (MapApp), by its id.
  const mapRef = useMap()[MAP_CONTAINER_ID];

  const save = async () => {
    const map = mapRef?.getMap();
    if (!map) return;
    setBusy(true);
    setError(null);
    try {
      // Each layer's key line, for the layers on and those always drawn, in the story's order.
      const key: ImageText['key'] = LAYERS_IN_STORY_ORDER.filter((layer) => !isToggleableLayerId(layer.id) || enabled.includes(layer.id)).flatMap((layer) => {
        const line = layer.imageKey?.({ refugees, locale });
        return line ? [line] : [];
      });
      const blob = await composeMapImage(map, {
        title: m.image.title,
        subtitle: m.image.subtitle(formatDate(MAP_DATE, locale)),
        key,
        credit: m.image.credit(refugees ? formatDate(refugees.date, locale) : null),
      });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `ukraine-${MAP_DATE}-map${locale === 'en' ? '' : `-${locale}`}.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e instanceof Error ? e.message : m.image.unknownFailure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="save-image">
      <button type="button" onClick={save} disabled={busy}>
        {busy ? m.image.making : m.image.save}
      </button>
      {error && <p role="alert">{m.image.failed(error)}</p>}
    </div>
  );
}
