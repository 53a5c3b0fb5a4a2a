import type { Locale } from '../i18n/locale';
import type { LayerStore } from '../layers/layer-store';
import type { ColorScheme } from '../map/themes';
import { mapPictureSvg } from './map-picture';
import type { PictureKind } from './picture-manifest';
import { SANS, SERIF, wrapText, type TextStyle } from './picture-fonts';
import { pictureWords, type PictureWords } from './picture-words';

/** The pictures of the map the build makes for each edition and scheme. */
/** The page's colours for the words around the map, by scheme (app/globals.css). */
const PAGE = { light: { paper: '#ffffff', ink: '#1b1b1b', soft: '#4a4a4a', rule: '#d8d4cc' }, dark: { paper: '#14191f', ink: '#ececec', soft: '#b8b8b8', rule: '#39424d' } } as const;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Lines of text, top-left at (x, y), each `lineHeight` below the last; returns the y after them. */
function textLines(lines: readonly string[], x: number, y: number, style: TextStyle, fill: string, lineHeight: number, out: string[]): number {
  for (const line of lines) {
    y += lineHeight;
    out.push(
      `<text x="${x}" y="${(y - (lineHeight - style.size) / 2 - style.size * 0.22).toFixed(1)}" font-family="${style.serif ? SERIF : SANS}" font-size="${style.size}" font-weight="${style.weight ?? 400}" fill="${fill}">${escape(line)}</text>`,
    );
  }
  return y;
}

/** The key's lines under each other: a swatch in its colour, its words wrapped beside it. */
function keyLines(words: PictureWords, x: number, y: number, width: number, style: TextStyle, ink: string, out: string[]): number {
  for (const line of words.key) {
    const lines = wrapText(line.text, style, width - 22);
    out.push(`<rect x="${x}" y="${(y + 5).toFixed(1)}" width="14" height="10" fill="${line.colour}" rx="2"/>`);
    y = textLines(lines, x + 22, y, style, ink, style.size * 1.35, out) + 4;
  }
  return y;
}

/**
 * The share card, 1200 × 630: the map's default view on the left, and beside it what a feed
 * needs to read it at the size it shows it: the kicker, the headline, the refugee total, the key
 * and the credit.
 */
export function cardSvg(store: LayerStore, locale: Locale, scheme: ColorScheme): string {
  const [W, H, MAP_W] = [1200, 630, 690];
  const words = pictureWords(locale, store.refugees.snapshots.find((s) => s.date === store.refugees.defaultDate)!, scheme);
  const page = PAGE[scheme];
  const out: string[] = [`<rect width="${W}" height="${H}" fill="${page.paper}"/>`, `<svg x="0" y="0" width="${MAP_W}" height="${H}" viewBox="0 0 ${MAP_W} ${H}">`];
  out.push(mapPictureSvg({ store, locale, scheme, width: MAP_W, height: H, date: store.refugees.defaultDate }), '</svg>');
  out.push(`<line x1="${MAP_W}" y1="0" x2="${MAP_W}" y2="${H}" stroke="${page.rule}"/>`);
  const x = MAP_W + 28;
  const width = W - x - 28;
  const credit = wrapText(words.credit, { size: 11 }, width);
  const creditTop = H - 16 - credit.length * 15;
  // The headline as large as the column lets it be: a long one (the Ukrainian) is set smaller, not cut.
  for (const size of [30, 28, 26, 24, 22, 20]) {
    const column: string[] = [];
    let y = 18;
    y = textLines(wrapText(words.kicker.toUpperCase(), { size: 13 }, width), x, y, { size: 13 }, page.soft, 18, column) + 6;
    const title: TextStyle = { size, weight: 700, serif: true };
    y = textLines(wrapText(words.title, title, width), x, y, title, page.ink, Math.round(size * 1.2), column) + 10;
    const body: TextStyle = { size: size >= 26 ? 16 : 14 };
    y = textLines(wrapText(words.total, body, width), x, y, body, page.ink, Math.round(body.size * 1.38), column) + 12;
    y = keyLines(words, x, y, width, { size: size >= 26 ? 13 : 12 }, page.ink, column);
    if (y <= creditTop - 8 || size === 20) {
      out.push(...column);
      break;
    }
  }
  textLines(credit, x, creditTop, { size: 11 }, page.soft, 15, out);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${out.join('')}</svg>`;
}

/** The map alone, `width` wide, for articles and newsletters: the default view, with the credit line under it. */
export function plainMapSvg(store: LayerStore, locale: Locale, scheme: ColorScheme, width: number): { svg: string; height: number } {
  const mapHeight = Math.round(width * 0.6875);
  const words = pictureWords(locale, store.refugees.snapshots.find((s) => s.date === store.refugees.defaultDate)!, scheme);
  const style: TextStyle = { size: width >= 1000 ? 14 : 11 };
  const lineHeight = style.size * 1.4;
  const credit = wrapText(words.credit, style, width - 24);
  const height = mapHeight + 12 + credit.length * lineHeight + 8;
  const page = PAGE[scheme];
  const out = [`<rect width="${width}" height="${height}" fill="${page.paper}"/>`, `<svg width="${width}" height="${mapHeight}" viewBox="0 0 ${width} ${mapHeight}">`];
  out.push(mapPictureSvg({ store, locale, scheme, width, height: mapHeight, date: store.refugees.defaultDate }), '</svg>');
  textLines(credit, 12, mapHeight + 6, style, page.soft, lineHeight, out);
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${Math.round(height)}" viewBox="0 0 ${width} ${Math.round(height)}">${out.join('')}</svg>`, height: Math.round(height) };
}

/** A picture of one kind as SVG, with its size. */
export function pictureSvg(kind: PictureKind, store: LayerStore, locale: Locale, scheme: ColorScheme): { svg: string; width: number; height: number } {
  if (kind === 'card') return { svg: cardSvg(store, locale, scheme), width: 1200, height: 630 };
  const width = kind === 'map-640' ? 640 : 1280;
  const { svg, height } = plainMapSvg(store, locale, scheme, width);
  return { svg, width, height };
}

