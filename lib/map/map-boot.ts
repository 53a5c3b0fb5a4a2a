import type { MapOptions, StyleSpecification } from 'maplibre-gl';
import type { BBox } from 'geojson';
import { INITIAL_BOUNDS, MAX_ZOOM, MIN_ZOOM, REGION_BBOX } from '../config';
import type { Theme } from '../embed/embed-options';
import { CRIMEA_HATCH_IMAGE } from '../layers/basemap/definition';
import { LAYER_IDS, layerUrl, type ToggleableLayerId } from '../layers/registry';
import type { MapView } from '../url/map-url-state';
import { baseStyle, slotLayerId } from './base-style';
import { HATCH, MAP_CONTAINER_ID, hatchImage } from './map-setup';
import { MAPLIBRE_URL, MAPLIBRE_WORKER_URL } from './maplibre-assets';
import { placedStyleLayers } from './placed-style-layers';
import type { ColorScheme } from './themes';

/** What the boot script needs to draw the map before React: options, a style per scheme, the hatch. */
export interface MapBootSpec {
  options: Partial<MapOptions>;
  theme: Theme;
  styles: Record<ColorScheme, StyleSpecification>;
  hatch: { id: string; width: number; height: number; pixelRatio: number; data: Record<ColorScheme, string> };
}

export interface MapBootInput {
  /** The toggleable layers switched on at load. */
  enabled: readonly ToggleableLayerId[];
  view: MapView | null;
  bbox?: BBox | null;
  theme: Theme;
  cooperativeGestures: boolean;
  /** The day whose refugee figures the arrows show. */
  refugeeDate: string;
}

/**
 * The style the map has once React has added the layers that load with the page: the base style
 * (background in the scheme, one slot per data layer) with each of those layers' sources, as URLs
 * the worker fetches, and style layers before their slot, as MapCanvas places them.
 */
export function initialStyle(enabled: readonly ToggleableLayerId[], scheme: ColorScheme, refugeeDate: string): StyleSpecification {
  const included = LAYER_IDS.filter((id) => id === 'basemap' || id === 'coast' || (enabled as readonly string[]).includes(id));
  const base = baseStyle(scheme);
  return {
    ...base,
    sources: Object.fromEntries(included.map((id) => [id, { type: 'geojson', data: layerUrl(id), promoteId: 'id' }])),
    layers: base.layers.flatMap((layer) => {
      const id = LAYER_IDS.find((l) => slotLayerId(l) === layer.id);
      return id && included.includes(id) ? [...placedStyleLayers(id, scheme, true, refugeeDate), layer] : [layer];
    }),
  };
}

/** The boot spec for a page: the same options MapCanvas gives react-map-gl. */
export function mapBootSpec({ enabled, view, bbox, theme, cooperativeGestures, refugeeDate }: MapBootInput): MapBootSpec {
  const camera: Partial<MapOptions> = view
    ? { center: [view.longitude, view.latitude], zoom: view.zoom }
    : { bounds: (bbox ?? INITIAL_BOUNDS) as [number, number, number, number], fitBoundsOptions: { padding: 24 } };
  const base64 = (scheme: ColorScheme) => Buffer.from(hatchImage(scheme).data).toString('base64');
  return {
    options: {
      ...camera,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      maxBounds: REGION_BBOX as [number, number, number, number],
      cooperativeGestures,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      attributionControl: false,
    },
    theme,
    styles: { light: initialStyle(enabled, 'light', refugeeDate), dark: initialStyle(enabled, 'dark', refugeeDate) },
    hatch: {
      id: CRIMEA_HATCH_IMAGE,
      width: HATCH.size,
      height: HATCH.size,
      pixelRatio: HATCH.pixelRatio,
      data: { light: base64('light'), dark: base64('dark') },
    },
  };
}

/** JSON that is safe inside an HTML <script>: no "</script>", no line separators. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The module script each map page carries in its server HTML, placed after the map's container.
 * It loads MapLibre (already preloaded), starts the worker, and, if React has not taken over yet,
 * draws the map over the container with the page's style and layer URLs, in the scheme the reader
 * sees. React adopts that map (components/map/early-map.ts) instead of making a second one, and
 * gives any source whose URL failed (`failed`) the data it fetched itself. Any failure to draw (no
 * WebGL, say) leaves `error` set and React to make the map, or show why it cannot.
 */
export function mapBootScript(spec: MapBootSpec): string {
  return `import*as m from${JSON.stringify(MAPLIBRE_URL)};
m.setWorkerUrl(${JSON.stringify(MAPLIBRE_WORKER_URL)});
const s=${scriptSafeJson(spec)},b=window.__mapBoot??={map:null,claimed:false,error:null,failed:[]};let e;
try{const slot=document.getElementById(${JSON.stringify(MAP_CONTAINER_ID)});
if(b.claimed||!slot||!slot.clientWidth||!slot.clientHeight)m.prewarm();else{
const c=s.theme==="auto"?(matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"):s.theme,r=slot.getBoundingClientRect();e=document.createElement("div");
e.style.cssText="position:absolute;left:"+(r.left+scrollX)+"px;top:"+(r.top+scrollY)+"px;width:"+r.width+"px;height:"+r.height+"px";
document.body.appendChild(e);
const map=new m.Map({...s.options,container:e,style:s.styles[c]}),h=s.hatch;
map.addImage(h.id,{width:h.width,height:h.height,data:Uint8Array.from(atob(h.data[c]),x=>x.charCodeAt(0))},{pixelRatio:h.pixelRatio});
map.on("error",x=>x.sourceId&&b.failed.push(x.sourceId));
b.map=map;b.scheme=c}}catch(x){b.error=String(x);e?.remove()}`;
}
