'use client';

import { useEffect, useRef } from 'react';
import { TOUR_STEPS } from '@/lib/tour/tour-steps';
import type { Tour } from './use-tour';

/** The open step of the guided tour: its words, and previous / next / close. */
export function TourPanel({ tour }: { tour: Tour }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [tour.step]);
  if (tour.step === null) return null;
  const step = TOUR_STEPS[tour.step - 1]!;
  return (
    <section className="tour" aria-label="Walk through the story" aria-live="polite">
      <p className="tour__count">
        Step {tour.step} of {TOUR_STEPS.length}
      </p>
      <h2 className="tour__title" tabIndex={-1} ref={heading}>
        {step.title}
      </h2>
      <blockquote className="tour__quote">“{step.quote}”</blockquote>
      <p className="tour__caption">{step.caption}</p>
      <div className="tour__buttons">
        <button type="button" onClick={tour.previous} disabled={tour.step === 1}>
          ← Previous
        </button>
        <button type="button" onClick={tour.next} disabled={tour.step === TOUR_STEPS.length}>
          Next →
        </button>
        <button type="button" className="tour__close" onClick={tour.close}>
          Close tour
        </button>
      </div>
    </section>
  );
}
