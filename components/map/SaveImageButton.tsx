'use client';

import { useState } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { MAP_DATE } from '@/lib/config';
import { MAP_CONTAINER_ID } from '@/lib/map/map-setup';
import { formatDate } from '@/lib/format/format-date';
import type { DrawnSnapshot } from '@/lib/layers/layer-store';
import { LAYERS_IN_STORY_ORDER, isToggleableLayerId, type ToggleableLayerId } from '@/lib/layers/registry';
import { composeMapImage, type ImageText } from './compose-map-image';

interface SaveImageButtonProps {
  enabled: readonly ToggleableLayerId[];
  /** The refugee figures the arrows show. */
  refugees: DrawnSnapshot | undefined;
}

/** "Save as image": a PNG of the current view with title, key, credits and date burned in. */
export function SaveImageButton({ enabled, refugees }: SaveImageButtonProps) {
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
        const line = layer.imageKey?.({ refugees });
        return line ? [line] : [];
      });
      const blob = await composeMapImage(map, {
        title: 'Talks in Belarus as Russia grips Ukraine’s coast and a million flee',
        subtitle: `Russia’s invasion of Ukraine, day 8: the map shows ${formatDate(MAP_DATE)}`,
        key,
        credit: `Borders: Natural Earth. Refugees: UNHCR${refugees ? `, figures published ${formatDate(refugees.date)}` : ''}. Story: ETV Bharat, AP, TASS, EFE.`,
      });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `ukraine-${MAP_DATE}-map.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'the image could not be made');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="save-image">
      <button type="button" onClick={save} disabled={busy}>
        {busy ? 'Making the image…' : 'Save as image'}
      </button>
      {error && <p role="alert">The image could not be saved: {error}.</p>}
    </div>
  );
}
