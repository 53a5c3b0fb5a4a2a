import type { Messages } from '@/lib/i18n/messages';
import { Component, type ReactNode } from 'react';

interface MapErrorBoundaryProps {
  children: ReactNode;
  /** The edition's words for the two failures. */
  messages: Pick<Messages['status'], 'noWebgl' | 'cannotStart'>;
  /** What to show instead of the map when it cannot be drawn. */
  fallback: (message: string) => ReactNode;
}

/**
 * Catches a map that cannot start (no WebGL, a driver that refuses a context) so that the page shows
 * a clear message instead of crashing or leaving a blank box.
 */
export class MapErrorBoundary extends Component<MapErrorBoundaryProps, { error: string | null }> {
  state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown): { error: string } {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const { noWebgl, cannotStart } = this.props.messages;
    return this.props.fallback(/webgl/i.test(error) ? noWebgl : cannotStart(error));
  }
}
