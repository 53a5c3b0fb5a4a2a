'use client';

import { useCallback, useState } from 'react';
import type { ToggleableLayerId } from '@/lib/layers/registry';
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
  ready: boolean;
  setReady: (ready: boolean) => void;
  mapError: string | null;
  setMapError: (message: string | null) => void;
  contextLost: boolean;
  setContextLost: (lost: boolean) => void;
}

/** The state shared by the full map and the embed. */
export function useMapSession(
  initialLayers: ToggleableLayerId[],
  initialView: MapView | null,
  initialStep: number | null,
  initialRefugeeDate: string,
): MapSession {
  const [enabled, setEnabled] = useState<ToggleableLayerId[]>(initialLayers);
  const [view, setView] = useState<MapView | null>(initialView);
  const [selection, setSelection] = useSelection();
  const [camera, setCamera] = useState<CameraRequest | null>(null);
  const [ready, setReady] = useState(false);
  const [refugeeDate, setRefugeeDate] = useState(initialRefugeeDate);
  const [mapError, setMapError] = useState<string | null>(null);
  const [contextLost, setContextLost] = useState(false);
  const mapLayers = useMapLayers(enabled);

  const enableLayer = useCallback((id: ToggleableLayerId) => setEnabled((current) => (current.includes(id) ? current : [...current, id])), []);
  const tour = useTour(initialStep, enableLayer, setCamera);
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
    ready,
    setReady,
    mapError,
    setMapError,
    contextLost,
    setContextLost,
  };
}
