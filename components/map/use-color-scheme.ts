'use client';

import { useSyncExternalStore } from 'react';
import type { Theme } from '@/lib/embed/embed-options';
import type { ColorScheme } from '@/lib/map/themes';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** The colour scheme to draw in: the theme asked for, or the reader's system setting for "auto". */
export function useColorScheme(theme: Theme): ColorScheme {
  const prefersDark = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false, // the server draws light; the client switches on hydration
  );
  if (theme === 'auto') return prefersDark ? 'dark' : 'light';
  return theme;
}
