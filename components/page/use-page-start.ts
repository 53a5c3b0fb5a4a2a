import { useEffect, useSyncExternalStore } from 'react';
import { pageStart, type PageKind, type PageStart, type RefugeeDays } from '@/lib/page/page-start';
import { PREPAINT_STYLE_ID } from '@/lib/page/prepaint';

// The address as the page opened, read when this module first runs, before the app rewrites the
// URL as the reader moves the map. The start is read once: later URL changes are the app's own.
const openedWith = typeof window === 'undefined' ? '' : window.location.search;
const starts = new Map<string, PageStart>();

function startOf(kind: PageKind, search: string, days: RefugeeDays): PageStart {
  const key = `${kind}${search}`;
  let start = starts.get(key);
  if (!start) starts.set(key, (start = pageStart(kind, new URLSearchParams(search), days)));
  return start;
}

const subscribe = () => () => {};

/**
 * How the page opens. The server built the page for the default start, so the server and the
 * hydrating browser render that one (`known` false); right after hydration React renders again
 * with the start the address asks for (`known` true). What the layout depends on was already
 * applied before the first paint (lib/page/prepaint.ts), and the map was drawn by the early map's script.
 */
export function usePageStart(kind: PageKind, days: RefugeeDays): { start: PageStart; known: boolean } {
  const fromAddress = useSyncExternalStore(
    subscribe,
    () => startOf(kind, openedWith, days),
    () => null,
  );
  // React now renders what the first script's rules stood in for; a layer switched on later must
  // show its key, so the rules go.
  useEffect(() => {
    if (fromAddress) document.getElementById(PREPAINT_STYLE_ID)?.remove();
  }, [fromAddress]);
  return fromAddress ? { start: fromAddress, known: true } : { start: startOf(kind, '', days), known: false };
}
