import type { ReactNode } from 'react';

/**
 * Where the embed's chart goes. The chart (components/map/RefugeeChart.tsx) is markup only, drawn
 * at build time: the build renders it inside this slot (`children`), and the browser, which does
 * not ship the chart's code, hydrates the slot with the very markup it finds there (`html`).
 */
export function ChartSlot({ children, html }: { children?: ReactNode; html?: string }) {
  return html === undefined ? <div className="embed__chart">{children}</div> : <div className="embed__chart" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** The slot's markup as the server rendered it, for {@link ChartSlot}'s `html`. */
export const CHART_SLOT_SELECTOR = '.embed__chart';
