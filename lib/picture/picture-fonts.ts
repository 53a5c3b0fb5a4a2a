import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The picture's fonts, shipped from npm (Google's Noto, with Cyrillic for the Ukrainian edition):
 * resvg draws with them and fontkit measures with them, so that a label's box is the box of the
 * words drawn. The page uses the reader's system fonts; the picture cannot, so it uses these.
 */
const require = createRequire(import.meta.url);
const sansDir = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
const serifDir = dirname(require.resolve('@expo-google-fonts/noto-serif/package.json'));

export const PICTURE_FONTS = {
  regular: join(sansDir, '400Regular', 'NotoSans_400Regular.ttf'),
  semibold: join(sansDir, '600SemiBold', 'NotoSans_600SemiBold.ttf'),
  bold: join(sansDir, '700Bold', 'NotoSans_700Bold.ttf'),
  italic: join(sansDir, '400Regular_Italic', 'NotoSans_400Regular_Italic.ttf'),
  serifBold: join(serifDir, '700Bold', 'NotoSerif_700Bold.ttf'),
} as const;

/** The family names resvg knows the files by. */
export const SANS = 'Noto Sans';
export const SERIF = 'Noto Serif';

/** How a piece of text is set. */
export interface TextStyle {
  size: number;
  weight?: 400 | 600 | 700;
  italic?: boolean;
  serif?: boolean;
  /** Extra space after each character, in pixels (letter-spacing). */
  spacing?: number;
}

type Font = { unitsPerEm: number; layout(text: string): { advanceWidth: number } };
const opened = new Map<string, Font>();

function fontFor(style: TextStyle): Font {
  const file = style.serif ? PICTURE_FONTS.serifBold : style.italic ? PICTURE_FONTS.italic : style.weight === 700 ? PICTURE_FONTS.bold : style.weight === 600 ? PICTURE_FONTS.semibold : PICTURE_FONTS.regular;
  let font = opened.get(file);
  if (!font) opened.set(file, (font = fontkit.openSync(file) as unknown as Font));
  return font;
}

/** The width of a line of text as drawn, in pixels. */
export function textWidth(text: string, style: TextStyle): number {
  const font = fontFor(style);
  return (font.layout(text).advanceWidth * style.size) / font.unitsPerEm + (style.spacing ?? 0) * [...text].length;
}

/** Words broken into lines no wider than `width`. */
export function wrapText(text: string, style: TextStyle, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, style) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
