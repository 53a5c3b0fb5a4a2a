import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** Whether the embed's details sheet is open, and the id its toggle and sheet share (the sheet's; its heading and toggle add a suffix). */
export interface EmbedDetailsState {
  open: boolean;
  setOpen: (open: boolean) => void;
  sheetId: string;
}

/** The state of the details sheet; it opens by itself when the address names the map in words (the error notice links there). */
export function useEmbedDetails(): EmbedDetailsState {
  const [open, setOpenState] = useState(false);
  const sheetId = useId();
  const setOpen = useCallback(
    (next: boolean) => {
      setOpenState(next);
      // Focus follows: into the sheet when it opens, back to its button when it closes.
      requestAnimationFrame(() => document.getElementById(`${sheetId}-${next ? 'title' : 'toggle'}`)?.focus());
    },
    [sheetId],
  );
  useEffect(() => {
    const follow = () => {
      if (location.hash === '#map-in-words') setOpenState(true);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return { open, setOpen, sheetId };
}

/**
 * The embed's details (the day-by-day chart and the day control, the map in words, the data, the full credit): a
 * sheet over the map, scrolling within it, so that opening it never changes the frame's size. In the page's HTML
 * whether open or not (hidden), for readers without the map and for search engines. Escape closes it.
 */
export function EmbedDetails({ state, children }: { state: EmbedDetailsState; children: ReactNode }) {
  const { m } = useI18n();
  return (
    <section
      id={state.sheetId}
      className="embed__details"
      hidden={!state.open}
      aria-labelledby={`${state.sheetId}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') state.setOpen(false);
      }}
    >
      <div className="embed__details-head">
        <h2 id={`${state.sheetId}-title`} className="embed__details-title" tabIndex={-1}>
          {m.embed.details}
        </h2>
        <button type="button" className="embed__details-close" onClick={() => state.setOpen(false)}>
          {m.embed.closeDetails}
        </button>
      </div>
      {children}
    </section>
  );
}

/** The button in the embed's footer that opens and closes the details sheet. */
EmbedDetails.Toggle = function EmbedDetailsToggle({ state }: { state: EmbedDetailsState }) {
  const { m } = useI18n();
  return (
    <button
      type="button"
      id={`${state.sheetId}-toggle`}
      className="embed__details-toggle"
      aria-expanded={state.open}
      aria-controls={state.sheetId}
      onClick={() => state.setOpen(!state.open)}
    >
      <span className="embed__details-mark" aria-hidden="true" />
      <span className="embed__details-words">{m.embed.detailsButton}</span>
    </button>
  );
};
