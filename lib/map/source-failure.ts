/** A source the map could not load: its id, and the server's answer where there was one. */
export interface SourceFailure {
  sourceId: string;
  status?: number;
  statusText?: string;
}

/**
 * Whether a map `error` event is a source's failure to load (its data URL failed), and which; any
 * other error (a style, WebGL) is not. Read by the early map, which records it for React, and by React.
 */
export function sourceFailure(event: unknown): SourceFailure | null {
  const { sourceId, error } = (event ?? {}) as { sourceId?: unknown; error?: { status?: unknown; statusText?: unknown } };
  if (typeof sourceId !== 'string') return null;
  return {
    sourceId,
    ...(typeof error?.status === 'number' && error.status > 0 ? { status: error.status } : {}),
    ...(typeof error?.statusText === 'string' ? { statusText: error.statusText } : {}),
  };
}
