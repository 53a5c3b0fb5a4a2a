import { useCallback, useState } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import type { ToggleableLayerId } from '@/lib/layers/registry';
import type { PageStart } from '@/lib/page/page-start';
import type { MapView } from '@/lib/url/map-url-state';
import type { CameraRequest } from './camera-request';
import type { Selection } from './feature-lookup';
import { useMapLayers, type MapLayers } from './use-map-layers';
import { useSelection } from './use-selection';
import { useTour, type Tour } from './use-tour';

/** Everything a page that shows the map keeps about it: layers, view, details, tour and health. */
export interface MapSession extends MapLayers {
  enabled: ToggleableLayerId[];
  toggle: (id: ToggleableLayerId, on: boolean) => void;
  enableLayer: (id: ToggleableLayerId) => void;
  view: MapView | null;
  setView: (view: MapView) => void;
  selection: Selection | null;
  setSelection: (selection: Selection | null) => void;
  camera: CameraRequest | null;
  setCamera: (camera: CameraRequest) => void;
  tour: Tour;
  /** The publication day of the refugee figures the arrows show. */
  refugeeDate: string;
  setRefugeeDate: (date: string) => void;
  /** True once the page's start comes from its address, after hydration: the map may be made. */
  known: boolean;
  ready: boolean;
  setReady: (ready: boolean) => void;
  mapError: string | null;
  setMapError: (message: string | null) => void;
  contextLost: boolean;
  setContextLost: (lost: boolean) => void;
}

const NO_LAYERS: ToggleableLayerId[] = [];

/**
 * The state shared by the full map and the embed, from the page's start (components/page/use-page-start.ts).
 * Until the start is `known` (the server's render and hydration), no layer's data is asked for;
 * when it becomes known, the state takes it once.
 */
export function useMapSession(start: PageStart, known: boolean, locale: Locale = 'en'): MapSession {
  const [enabled, setEnabled] = useState<ToggleableLayerId[]>(start.layers);
  const [view, setView] = useState<MapView | null>(start.view);
  const [selection, setSelection] = useSelection();
  const [camera, setCamera] = useState<CameraRequest | null>(null);
  const [ready, setReady] = useState(false);
  const [refugeeDate, setRefugeeDate] = useState(start.refugeeDate);
  const [mapError, setMapError] = useState<string | null>(null);
  const [contextLost, setContextLost] = useState(false);
  // The start changes once, from the default to the address's (React's pattern for state that
  // follows a prop: set during render, no effect, no extra paint).
  const [from, setFrom] = useState(start);
  const restarting = from !== start;
  if (restarting) {
    setFrom(start);
    setEnabled(start.layers);
    setView(start.view);
    setRefugeeDate(start.refugeeDate);
  }
  // This render's hooks run before React renders again with the new state: they must see the
  // start's layers already, or every default layer would be asked for once.
  const mapLayers = useMapLayers(known ? (restarting ? start.layers : enabled) : NO_LAYERS, locale);

  const enableLayer = useCallback((id: ToggleableLayerId) => setEnabled((current) => (current.includes(id) ? current : [...current, id])), []);
  const tour = useTour(known ? start.step : null, enableLayer, setCamera);
  const toggle = useCallback(
    (id: ToggleableLayerId, on: boolean) => {
      setEnabled((current) => (on ? [...new Set([...current, id])] : current.filter((l) => l !== id)));
      if (!on && selection?.layerId === id) setSelection(null);
    },
    [selection, setSelection],
  );

  return {
    ...mapLayers,
    enabled,
    toggle,
    enableLayer,
    view,
    setView,
    selection,
    setSelection,
    camera,
    setCamera,
    tour,
    refugeeDate,
    setRefugeeDate,
    known,
    ready,
    setReady,
    mapError,
    setMapError,
    contextLost,
    setContextLost,
  };
}
