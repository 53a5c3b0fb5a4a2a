import type { PageStartMode } from './pages';

/** The longest a page waits for its first paint before it starts anyway (a hidden tab or frame paints nothing), in milliseconds. */
export const FIRST_PAINT_WAIT_MS = 1000;

/** What {@link afterFirstPaint} needs of a window. */
export type FrameWindow = Pick<Window, 'requestAnimationFrame' | 'setTimeout'> & { PerformanceObserver?: typeof PerformanceObserver };

/**
 * The widest screen (a frame's own width, CSS px) on which a page that starts after its first paint waits for it:
 * a phone, whose connection and processor the first paint must not share with the map's 400 KB. A wider screen
 * (a desktop article's column, the page on its own) starts at once: there, waiting cost the map about 270 ms to ready
 * and bought nothing (BENCHMARKS.md, run AK).
 */
export const WAITS_FOR_PAINT_MAX_WIDTH_PX = 599;

/**
 * Runs `start` when the page says (lib/page/pages.ts): after its first paint where it starts so and the screen is a
 * phone's ({@link WAITS_FOR_PAINT_MAX_WIDTH_PX}), at once otherwise.
 *
 * @example whenPageStarts('after-first-paint', window, () => loadScripts())
 */
export function whenPageStarts(mode: PageStartMode | undefined, win: FrameWindow & Pick<Window, 'matchMedia'>, start: () => void): void {
  if (mode === 'after-first-paint' && win.matchMedia(`(max-width: ${WAITS_FOR_PAINT_MAX_WIDTH_PX}px)`).matches) afterFirstPaint(win, start);
  else start();
}

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
