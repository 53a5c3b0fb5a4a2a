import { useRef, useState } from 'react';
import { DEFAULT_EMBED_OPTIONS } from '@/lib/embed/embed-options';
import { ampSnippet, embedSnippet, embedUrls, imageSnippet } from '@/lib/embed/embed-snippet';
import type { PagePictures } from '@/lib/picture/picture-manifest';
import { LOCALES, type Locale } from '@/lib/i18n/locale';
import { EMBED_TITLES } from '@/lib/i18n/embed-titles';
import { useI18n } from '../i18n/I18nProvider';
import type { ToggleableLayerId } from '@/lib/layers/registry';
import type { MapView } from '@/lib/url/map-url-state';

interface EmbedDialogProps {
  layers: readonly ToggleableLayerId[];
  view: MapView | null;
  /** The refugee figures' day, when it is not the default. */
  date: string | null;
  /** The map as a picture, for the image and AMP snippets; without it, only the iframe is offered. */
  pictures: PagePictures | null;
}

/** What the snippet is for: an article (iframe), a newsletter or app (a picture with a link), an AMP page. */
type Format = 'iframe' | 'image' | 'amp';

/** "Embed" button and dialog: the snippet for the current view and layers, a live preview, and copy. */
export function EmbedDialog({ layers, view, date, pictures }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [snapshot, setSnapshot] = useState<{ snippet: string; preview: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const { locale, m } = useI18n();
  // The embed's language: the page's by default; a newsroom may pick the other edition's.
  const [language, setLanguage] = useState<Locale>(locale);
  const [format, setFormat] = useState<Format>('iframe');
  const formats: Format[] = pictures ? ['iframe', 'image', 'amp'] : ['iframe'];

  const snapshotFor = (chosen: Locale, as: Format) => {
    const options = { ...DEFAULT_EMBED_OPTIONS, layers: [...layers], view, date };
    const origin = window.location.origin;
    const image = pictures?.editions[chosen];
    const snippet =
      image && as === 'image' ? imageSnippet(origin, options, image, chosen) : image && as === 'amp' ? ampSnippet(origin, options, image, m.embedDialog.ampMore, chosen) : embedSnippet(origin, options, {}, chosen);
    return { snippet, preview: embedUrls(origin, options, chosen).embed };
  };

  const open = () => {
    setSnapshot(snapshotFor(language, format));
    setCopied(false);
    dialog.current?.showModal();
  };

  const choose = (chosen: Locale, as: Format) => {
    setLanguage(chosen);
    setFormat(as);
    setSnapshot(snapshotFor(chosen, as));
    setCopied(false);
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
        {m.embedDialog.button}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-dialog-title" onClose={() => setSnapshot(null)}>
        <h2 id="embed-dialog-title">{m.embedDialog.heading}</h2>
        <p>{m.embedDialog.intro}</p>
        <fieldset className="embed-dialog__language">
          <legend>{m.embedDialog.language}</legend>
          {LOCALES.map((l) => (
            <label key={l} lang={l}>
              <input type="radio" name="embed-language" value={l} checked={language === l} onChange={() => choose(l, format)} /> {m.embedLanguages[l]}
            </label>
          ))}
        </fieldset>
        {formats.length > 1 && (
          <fieldset className="embed-dialog__language">
            <legend>{m.embedDialog.format}</legend>
            {formats.map((f) => (
              <label key={f}>
                <input type="radio" name="embed-format" value={f} checked={format === f} onChange={() => choose(language, f)} /> {m.embedDialog.formats[f]}
              </label>
            ))}
          </fieldset>
        )}
        {format !== 'iframe' && <p className="embed-dialog__note">{m.embedDialog.imageNote}</p>}
        {snapshot && (
          <>
            <label className="embed-dialog__label" htmlFor="embed-snippet">
              {m.embedDialog.code}
            </label>
            <textarea id="embed-snippet" className="embed-dialog__code" readOnly value={snapshot.snippet} rows={6} onFocus={(e) => e.currentTarget.select()} />
            <div className="embed-dialog__actions">
              <button type="button" onClick={copy}>
                {copied ? m.embedDialog.copied : m.embedDialog.copy}
              </button>
              <span role="status" className="embed-dialog__copied">
                {copied ? m.embedDialog.onClipboard : ''}
              </span>
              <form method="dialog">
                <button type="submit">{m.embedDialog.close}</button>
              </form>
            </div>
            <p className="embed-dialog__label">{m.embedDialog.preview}</p>
            <iframe className="embed-dialog__preview" src={snapshot.preview} title={m.embedDialog.previewTitle(EMBED_TITLES[language])} loading="lazy" />
          </>
        )}
      </dialog>
    </>
  );
}
