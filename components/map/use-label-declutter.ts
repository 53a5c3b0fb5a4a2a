import { useEffect, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { hiddenLabels } from '@/lib/map/declutter-labels';

/** Set on a minor label that would cover another at this view; the stylesheet hides it. */
export const LABEL_HIDDEN_ATTRIBUTE = 'data-label-hidden';

/**
 * Keeps the map's clickable labels from covering one another: whenever the map settles, a minor
 * label (a secondary port, a small flow) that touches a main one, or a minor one placed before it,
 * is hidden until the view leaves it room. It stays in the tab order (focused, it shows itself); its
 * place stays on the map, clickable, and in the map in words. Country and sea names are not labels a reader clicks; they take no part.
 */
export function useLabelDeclutter(mapRef: RefObject<MapRef | null>, loaded: boolean): void {
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    const declutter = () => {
      const labels = [...map.getContainer().querySelectorAll<HTMLElement>('button.map-label')];
      for (const label of labels) label.removeAttribute(LABEL_HIDDEN_ATTRIBUTE);
      // Hidden by the stylesheet (a narrow map hides every minor label): no box, no part.
      const shown = labels.filter((label) => label.offsetParent !== null);
      // The words' box, not the button's: its padding and 24 px height are for the finger, not the eye.
      const range = document.createRange();
      const textBox = (label: HTMLElement) => {
        range.selectNodeContents(label);
        return range.getBoundingClientRect();
      };
      const hidden = hiddenLabels(shown.map((label) => ({ minor: label.classList.contains('map-label--minor'), rect: textBox(label) })));
      // The label the keyboard is on never gives way: its reader would be left on an invisible button.
      for (const i of hidden) if (shown[i] !== document.activeElement) shown[i]!.setAttribute(LABEL_HIDDEN_ATTRIBUTE, 'true');
    };
    map.on('idle', declutter);
    declutter();
    return () => {
      map.off('idle', declutter);
    };
  }, [mapRef, loaded]);
}
