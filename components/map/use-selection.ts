import { useCallback, useEffect, useRef, useState } from 'react';
import type { Selection } from './feature-lookup';

/**
 * The feature whose details are open. Escape closes them, and focus goes back to where it was when
 * they opened (a label, a "show on the map" button), so keyboard readers never lose their place.
 */
export function useSelection(): [Selection | null, (selection: Selection | null) => void] {
  const [selection, setSelection] = useState<Selection | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  const select = useCallback((next: Selection | null) => {
    if (next) {
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== document.body && !active.closest('.maplibregl-popup')) returnFocus.current = active;
    } else {
      const target = returnFocus.current;
      returnFocus.current = null;
      if (target?.isConnected) requestAnimationFrame(() => target.focus());
    }
    setSelection(next);
  }, []);

  useEffect(() => {
    if (!selection) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && select(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selection, select]);

  return [selection, select];
}
