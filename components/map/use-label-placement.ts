import { useEffect, type DependencyList } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawnMarkerRadii } from '@/lib/map/drawn-markers';
import { isDrawnAt, type DrawnWithProperties } from '@/lib/layers/drawn-with';
import { LABEL_PRIORITY } from '@/lib/map/label-specs';
import { PLACE_POSITIONS, labelBox, placeLabels, type Box, type LabelPosition, type LabelToPlace } from '@/lib/map/place-labels';

/** Set on a label that fits nowhere at this view; the stylesheet hides it, but it stays in the tab order. */
export const LABEL_HIDDEN_ATTRIBUTE = 'data-label-hidden';
/** Set on a label once it has been placed: until then it is not shown (it would flash at its anchor). */
export const LABEL_PLACED_ATTRIBUTE = 'data-label-placed';
/** Counts the placements on the map's container: tests wait for it. */
export const LABELS_PLACED_ATTRIBUTE = 'data-labels-placed';

/** A place's marker on the map, which no other place's label may cover. */
export interface MarkerSpot {
  key: string;
  position: readonly [number, number];
  /** Its half-size in pixels where it is not drawn at this view; where it is, its drawn size counts. */
  radius: number;
  /** At which zooms it is drawn at all (a town drawn with a neighbour below a zoom is no obstacle there). */
  drawn: DrawnWithProperties;
}

const relative = (r: DOMRect, to: DOMRect): Box => ({ left: r.left - to.left, top: r.top - to.top, right: r.right - to.left, bottom: r.bottom - to.top });

/**
 * Places the map's labels (lib/map/place-labels.ts) whenever they change and whenever the view
 * settles or the map is resized: it measures each label's words (a Range over its text, not its
 * button), its anchor (the corner of its marker element, which MapLabels pins by its top-left)
 * and what lies over the map, asks the pure placement where each goes, and moves each label there
 * by a transform of its own, or hides it. A hidden label stays in the tab order (focused, it shows
 * itself); its place stays on the map, clickable, and in the map in words.
 */
export function useLabelPlacement(map: MapLibreMap | undefined, markers: readonly MarkerSpot[], deps: DependencyList): void {
  const place = () => {
    if (!map) return;
    const container = map.getContainer();
    const frame = container.getBoundingClientRect();
    const range = document.createRange();
    const labels: LabelToPlace[] = [];
    const moves = new Map<string, { el: HTMLElement; anchor: [number, number]; text: [number, number]; size: { width: number; height: number } }>();
    for (const el of container.querySelectorAll<HTMLElement>('[data-label-key]')) {
      // Hidden by the stylesheet (a narrow map hides every minor label): no box, no part.
      if (el.offsetParent === null || !el.parentElement) continue;
      const key = el.dataset.labelKey!;
      const pin = el.parentElement.getBoundingClientRect();
      const anchor: [number, number] = [pin.left - frame.left, pin.top - frame.top];
      const box = el.getBoundingClientRect();
      range.selectNodeContents(el);
      const words = range.getBoundingClientRect();
      // Where its words sit inside it, which no transform changes.
      const text: [number, number] = [words.left - box.left, words.top - box.top];
      const size = { width: words.width, height: words.height };
      const [ox, oy] = (el.dataset.labelOffset ?? '9,7').split(',').map(Number) as [number, number];
      const positions = (el.dataset.labelPositions ?? PLACE_POSITIONS.join(',')).split(',') as LabelPosition[];
      labels.push({
        id: key,
        priority: Number(el.dataset.labelPriority ?? 50),
        marker: key,
        candidates: positions.map((position) => ({ position, box: labelBox(anchor, size, position, { x: ox, y: oy }) })),
      });
      moves.set(key, { el, anchor, text, size });
    }
    const obstacles = [...container.querySelectorAll<HTMLElement>('.maplibregl-ctrl')].map((el) => relative(el.getBoundingClientRect(), frame));
    // Each marker as drawn at this zoom (its circle and stroke); one not drawn here keeps its nominal size.
    const drawn = drawnMarkerRadii(map);
    const zoom = map.getZoom();
    const spots = markers.filter((m) => isDrawnAt(m.drawn, zoom)).map(({ key, position, radius: nominal }) => {
      const { x, y } = map.project([position[0], position[1]]);
      const radius = drawn.get(key) ?? nominal;
      return { id: key, box: { left: x - radius, top: y - radius, right: x + radius, bottom: y + radius } };
    });
    const placement = placeLabels({ labels, markers: spots, obstacles, bounds: { left: 2, top: 2, right: frame.width - 2, bottom: frame.height - 2 }, essentialBefore: LABEL_PRIORITY.minor });
    for (const label of labels) {
      const move = moves.get(label.id)!;
      const position = placement.get(label.id);
      // Hidden, it stays in the tab order: the stylesheet shows it while the keyboard is on it.
      if (!position) {
        move.el.setAttribute(LABEL_HIDDEN_ATTRIBUTE, 'true');
        move.el.setAttribute(LABEL_PLACED_ATTRIBUTE, 'true');
        continue;
      }
      const box = label.candidates.find((c) => c.position === position)!.box;
      const dx = box.left - move.anchor[0] - move.text[0];
      const dy = box.top - move.anchor[1] - move.text[1];
      move.el.style.transform = `translate(${dx.toFixed(1)}px, ${dy.toFixed(1)}px)`;
      move.el.dataset.labelAt = position;
      move.el.removeAttribute(LABEL_HIDDEN_ATTRIBUTE);
      move.el.setAttribute(LABEL_PLACED_ATTRIBUTE, 'true');
    }
    container.setAttribute(LABELS_PLACED_ATTRIBUTE, String(Number(container.getAttribute(LABELS_PLACED_ATTRIBUTE) ?? 0) + 1));
  };

  // After every render that changes the labels (the layers, the day, the language): in the next
  // frame, once react-map-gl has put new markers on the map (it adds them in an effect of its own).
  // Until placed, a label is not shown.
  useEffect(() => {
    const frame = requestAnimationFrame(place);
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, markers, ...deps]);
  useEffect(() => {
    if (!map) return;
    // 'idle' too: the markers' drawn sizes are known only once their tiles are drawn.
    map.on('moveend', place);
    map.on('resize', place);
    map.on('idle', place);
    return () => {
      map.off('moveend', place);
      map.off('resize', place);
      map.off('idle', place);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, markers, ...deps]);
}

