import type { ReactNode } from 'react';

const CHART_SLOT_CLASS = 'chart-slot';

/**
 * Where a page's chart goes. The chart (components/map/RefugeeChart.tsx) is markup only, drawn
 * at build time: the build renders it inside this slot (`children`), and the browser, which does
 * not ship the chart's code, hydrates the slot with the very markup it finds there (`html`).
 */
export function ChartSlot({ children, html }: { children?: ReactNode; html?: string }) {
  return html === undefined ? <div className={CHART_SLOT_CLASS}>{children}</div> : <div className={CHART_SLOT_CLASS} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** Finds the slot in the built page, for its markup ({@link ChartSlot}'s `html`). */
export const CHART_SLOT_SELECTOR = `.${CHART_SLOT_CLASS}`;
