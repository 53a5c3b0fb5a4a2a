import { useCallback, useEffect, useState } from 'react';
import type { ToggleableLayerId } from '@/lib/layers/registry';
import { TOUR_STEPS } from '@/lib/tour/tour-steps';
import type { CameraRequest } from './camera-request';

/** The guided tour's state: the open step (1-based) or null, and its controls. */
export interface Tour {
  step: number | null;
  start: () => void;
  go: (step: number) => void;
  next: () => void;
  previous: () => void;
  close: () => void;
}

/**
 * "Walk through the story": each step switches its layer on and moves the camera. Left and right
 * arrow keys move between steps while the tour is open (not while typing in a field).
 */
export function useTour(
  initialStep: number | null,
  enableLayer: (id: ToggleableLayerId) => void,
  moveCamera: (request: CameraRequest) => void,
): Tour {
  const [step, setStep] = useState<number | null>(initialStep);

  const go = useCallback(
    (target: number) => {
      const clamped = Math.min(Math.max(target, 1), TOUR_STEPS.length);
      const definition = TOUR_STEPS[clamped - 1]!;
      setStep(clamped);
      enableLayer(definition.layer);
      moveCamera({ key: Date.now(), bounds: definition.bounds });
    },
    [enableLayer, moveCamera],
  );

  // A deep link (?step=3) opens its step once the page knows its address (after hydration): set
  // while rendering, as React does for state that follows a prop. Everything `go` sets is state of
  // the component that uses this hook.
  const [opened, setOpened] = useState(false);
  if (!opened && initialStep !== null) {
    setOpened(true);
    go(initialStep);
  }

  useEffect(() => {
    if (step === null) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && (target as HTMLInputElement).type !== 'checkbox') return;
      if (event.key === 'ArrowRight') go(step + 1);
      if (event.key === 'ArrowLeft') go(step - 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, go]);

  return {
    step,
    start: () => go(1),
    go,
    next: () => step !== null && go(step + 1),
    previous: () => step !== null && go(step - 1),
    close: () => setStep(null),
  };
}
