import { describe, expect, test, vi } from 'vitest';
import { afterFirstPaint, FIRST_PAINT_WAIT_MS, WAITS_FOR_PAINT_MAX_WIDTH_PX, whenPageStarts, type FrameWindow } from '@/lib/page/after-first-paint';

/** A window whose frames and timers run when the test says. */
function fakeWindow() {
  const frames: (() => void)[] = [];
  const timers: { at: number; run: () => void }[] = [];
  let now = 0;
  const win: FrameWindow = {
    requestAnimationFrame: ((run: () => void) => frames.push(run)) as unknown as FrameWindow['requestAnimationFrame'],
    setTimeout: ((run: () => void, ms = 0) => timers.push({ at: now + ms, run })) as unknown as FrameWindow['setTimeout'],
  };
  const paint = () => frames.splice(0).forEach((run) => run());
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.run();
    }
  };
  return { win, paint, advance };
}

/** A PerformanceObserver of paint entries that reports when the test paints. */
function paintObserver() {
  const observers: ((names: string[]) => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'resource'];
    private connected = true;
    constructor(private readonly callback: (list: { getEntries: () => { name: string }[] }) => void) {}
    observe() {
      observers.push((names) => this.connected && this.callback({ getEntries: () => names.map((name) => ({ name })) }));
    }
    disconnect() {
      this.connected = false;
    }
  }
  return { Observer: FakeObserver as unknown as typeof PerformanceObserver, report: (...names: string[]) => observers.forEach((o) => o(names)) };
}

describe('afterFirstPaint', () => {
  test('starts in the task after the browser reports the first contentful paint, not before', () => {
    const { win, paint, advance } = fakeWindow();
    const { Observer, report } = paintObserver();
    const start = vi.fn();
    afterFirstPaint({ ...win, PerformanceObserver: Observer }, start);
    paint();
    advance(0);
    report('first-paint');
    advance(0);
    expect(start).not.toHaveBeenCalled();
    report('first-contentful-paint');
    expect(start).not.toHaveBeenCalled();
    advance(0);
    expect(start).toHaveBeenCalledTimes(1);
    report('first-contentful-paint');
    advance(FIRST_PAINT_WAIT_MS);
    expect(start).toHaveBeenCalledTimes(1);
  });

  test('without paint timing: starts in the task after the first frame, not in the frame itself and not before it', () => {
    const { win, paint, advance } = fakeWindow();
    const start = vi.fn();
    afterFirstPaint(win, start);
    advance(0);
    expect(start).not.toHaveBeenCalled();
    paint();
    expect(start).not.toHaveBeenCalled();
    advance(0);
    expect(start).toHaveBeenCalledTimes(1);
  });

  test('a page that never paints (a hidden tab) starts after the wait all the same', () => {
    const { win, advance } = fakeWindow();
    const start = vi.fn();
    afterFirstPaint(win, start);
    advance(FIRST_PAINT_WAIT_MS - 1);
    expect(start).not.toHaveBeenCalled();
    advance(1);
    expect(start).toHaveBeenCalledTimes(1);
  });

  test('starts once, whichever comes first', () => {
    const { win, paint, advance } = fakeWindow();
    const start = vi.fn();
    afterFirstPaint(win, start);
    paint();
    advance(FIRST_PAINT_WAIT_MS * 2);
    expect(start).toHaveBeenCalledTimes(1);
  });
});

describe('whenPageStarts', () => {
  /** A window of a given width whose matchMedia answers max-width queries. */
  const sized = (width: number) => {
    const fake = fakeWindow();
    const matchMedia = ((query: string) => ({ matches: width <= Number(/max-width: (\d+)px/.exec(query)?.[1]) })) as unknown as Window['matchMedia'];
    return { ...fake, win: { ...fake.win, matchMedia } };
  };

  test('a page that starts after its first paint waits for it on a phone-sized screen', () => {
    const { win, paint, advance } = sized(412);
    const start = vi.fn();
    whenPageStarts('after-first-paint', win, start);
    expect(start).not.toHaveBeenCalled();
    paint();
    advance(0);
    expect(start).toHaveBeenCalledTimes(1);
  });

  test('on a wider screen, and on a page that starts at once, it starts at once', () => {
    for (const [mode, width] of [['after-first-paint', WAITS_FOR_PAINT_MAX_WIDTH_PX + 1], ['after-first-paint', 1280], ['at-once', 375], [undefined, 375]] as const) {
      const { win } = sized(width);
      const start = vi.fn();
      whenPageStarts(mode, win, start);
      expect(start, `${mode} at ${width}`).toHaveBeenCalledTimes(1);
    }
  });
});
