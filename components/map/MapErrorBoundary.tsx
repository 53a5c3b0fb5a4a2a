'use client';

import { Component, type ReactNode } from 'react';

interface MapErrorBoundaryProps {
  children: ReactNode;
  /** What to show instead of the map when it cannot be drawn. */
  fallback: (message: string) => ReactNode;
}

/**
 * Catches a map that cannot start (no WebGL, a driver that refuses a context) so that the page shows
 * a clear message instead of crashing or leaving a blank box.
 */
export class MapErrorBoundary extends Component<MapErrorBoundaryProps, { message: string | null }> {
  state = { message: null as string | null };

  static getDerivedStateFromError(error: unknown): { message: string } {
    const text = error instanceof Error ? error.message : String(error);
    return { message: /webgl/i.test(text) ? 'This browser cannot draw the map (WebGL is not available).' : `The map could not start (${text}).` };
  }

  render(): ReactNode {
    return this.state.message ? this.props.fallback(this.state.message) : this.props.children;
  }
}
