'use client';

import { useRef, useState } from 'react';
import { DEFAULT_EMBED_OPTIONS } from '@/lib/embed/embed-options';
import { EMBED_TITLE, embedSnippet, embedUrls } from '@/lib/embed/embed-snippet';
import type { ToggleableLayerId } from '@/lib/layers/registry';
import type { MapView } from '@/lib/url/map-url-state';

interface EmbedDialogProps {
  layers: readonly ToggleableLayerId[];
  view: MapView | null;
  /** The refugee figures' day, when it is not the default. */
  date: string | null;
}

/** "Embed" button and dialog: the snippet for the current view and layers, a live preview, and copy. */
export function EmbedDialog({ layers, view, date }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [snapshot, setSnapshot] = useState<{ snippet: string; preview: string } | null>(null);
  const [copied, setCopied] = useState(false);

  const open = () => {
    const options = { ...DEFAULT_EMBED_OPTIONS, layers: [...layers], view, date };
    const origin = window.location.origin;
    setSnapshot({ snippet: embedSnippet(origin, options), preview: embedUrls(origin, options).embed });
    setCopied(false);
    dialog.current?.showModal();
  };

  const copy = async () => {
    if (!snapshot) return;
    try {
      await navigator.clipboard.writeText(snapshot.snippet);
      setCopied(true);
    } catch {
      // Clipboard refused (permissions, insecure origin): select the text so Ctrl/⌘+C works.
      const area = dialog.current?.querySelector('textarea');
      area?.select();
    }
  };

  return (
    <>
      <button type="button" className="embed-button" onClick={open}>
        Embed
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-dialog-title" onClose={() => setSnapshot(null)}>
        <h2 id="embed-dialog-title">Embed this map</h2>
        <p>Paste this into your article. It shows the current view and layers, and sizes itself to its content.</p>
        {snapshot && (
          <>
            <label className="embed-dialog__label" htmlFor="embed-snippet">
              Embed code
            </label>
            <textarea id="embed-snippet" className="embed-dialog__code" readOnly value={snapshot.snippet} rows={6} onFocus={(e) => e.currentTarget.select()} />
            <div className="embed-dialog__actions">
              <button type="button" onClick={copy}>
                {copied ? 'Copied' : 'Copy code'}
              </button>
              <span role="status" className="embed-dialog__copied">
                {copied ? 'The embed code is on your clipboard.' : ''}
              </span>
              <form method="dialog">
                <button type="submit">Close</button>
              </form>
            </div>
            <p className="embed-dialog__label">Preview</p>
            <iframe className="embed-dialog__preview" src={snapshot.preview} title={`Preview: ${EMBED_TITLE}`} loading="lazy" />
          </>
        )}
      </dialog>
    </>
  );
}
