import { quotedUk } from '@/lib/format/quoted';
import { useI18n } from '../i18n/I18nProvider';
import { useEffect, useRef } from 'react';
import { TOUR_STEPS } from '@/lib/tour/tour-steps';
import type { Tour } from './use-tour';

/** The open step of the guided tour: its words, and previous / next / close. */
export function TourPanel({ tour }: { tour: Tour }) {
  const { locale, m } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [tour.step]);
  if (tour.step === null) return null;
  const step = TOUR_STEPS[tour.step - 1]!;
  return (
    <section className="tour" aria-label={m.tour.region} aria-live="polite">
      <p className="tour__count">
        {m.tour.count(tour.step, TOUR_STEPS.length)}
      </p>
      <h2 className="tour__title" tabIndex={-1} ref={heading}>
        {step.title[locale]}
      </h2>
      <blockquote className="tour__quote" lang="en">“{step.quote}”</blockquote>
      {locale !== 'en' && (
        <p className="tour__translation">
          <span className="translation-label">{m.translationLabel}:</span> {quotedUk(step.quoteTranslation[locale])}
        </p>
      )}
      <p className="tour__caption">{step.caption[locale]}</p>
      <div className="tour__buttons">
        <button type="button" onClick={tour.previous} disabled={tour.step === 1}>
          {m.tour.previous}
        </button>
        <button type="button" onClick={tour.next} disabled={tour.step === TOUR_STEPS.length}>
          {m.tour.next}
        </button>
        <button type="button" className="tour__close" onClick={tour.close}>
          {m.tour.close}
        </button>
      </div>
    </section>
  );
}
