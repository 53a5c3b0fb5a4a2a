/** The longest a page waits for its first paint before it starts anyway (a hidden tab or frame paints nothing), in milliseconds. */
export const FIRST_PAINT_WAIT_MS = 1000;

/** What {@link afterFirstPaint} needs of a window. */
export type FrameWindow = Pick<Window, 'requestAnimationFrame' | 'setTimeout'> & { PerformanceObserver?: typeof PerformanceObserver };

/**
 * Runs `start` once, in a task after the page's first paint: when the browser reports its first contentful
 * paint (the Paint Timing API, as Lighthouse and the Web Vitals read it); where that is not reported, in a task
 * queued from the first frame. A page that paints nothing (a hidden tab, a frame out of view) starts after
 * {@link FIRST_PAINT_WAIT_MS} all the same.
 *
 * @example afterFirstPaint(window, () => loadScripts())
 */
export function afterFirstPaint(win: FrameWindow, start: () => void, waitMs = FIRST_PAINT_WAIT_MS): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  const Observer = win.PerformanceObserver;
  if (Observer?.supportedEntryTypes?.includes('paint')) {
    const observer = new Observer((list) => {
      if (!list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) return;
      observer.disconnect();
      win.setTimeout(once, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    win.requestAnimationFrame(() => win.setTimeout(once, 0));
  }
  win.setTimeout(once, waitMs);
}
