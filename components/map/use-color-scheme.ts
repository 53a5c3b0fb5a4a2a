import { useEffect, useSyncExternalStore } from 'react';
import type { Theme } from '@/lib/embed/embed-options';
import type { ColorScheme } from '@/lib/map/themes';
import { colorSchemeOf } from '@/lib/page/prepaint';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/**
 * The colour scheme to draw in: the theme asked for, or the reader's system setting for "auto".
 * The page's CSS follows the root element's `data-scheme`, which the first inline script set before
 * the first paint (lib/page/prepaint.ts); once the page's start is `known`, this keeps it in step
 * (a reader switching their system to dark, say). Not before: the hydrating render has the defaults.
 */
export function useColorScheme(theme: Theme, known: boolean): ColorScheme {
  const prefersDark = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false, // the server draws light; the client switches on hydration
  );
  const scheme = colorSchemeOf(theme, prefersDark);
  useEffect(() => {
    if (known) document.documentElement.dataset.scheme = scheme;
  }, [known, scheme]);
  return scheme;
}
