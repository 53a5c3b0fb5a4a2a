import { Resvg } from '@resvg/resvg-js';
import { PICTURE_FONTS, SANS } from './picture-fonts';

/**
 * An SVG document rasterised to PNG by resvg (a Rust SVG renderer, from npm with its binary): no
 * browser, no system fonts, the same pixels on every machine. Only the picture's own fonts are
 * loaded, so a missing glyph shows up in the tests rather than as a fallback font.
 */
export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: Object.values(PICTURE_FONTS), defaultFontFamily: SANS },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
