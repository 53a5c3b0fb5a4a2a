import type { CSSProperties } from 'react';
import { paletteColour, type LayerSymbol } from '@/lib/layers/layer-module';

/**
 * A layer's symbol, for the key and the layer switches: the shape is a class of app/globals.css,
 * the colour the palette's in both schemes (custom properties the stylesheet picks by `data-scheme`),
 * so that a new layer needs no CSS of its own.
 */
export function LayerSymbolMark({ symbol, className }: { symbol: LayerSymbol; className: string }) {
  const style = {
    '--symbol-light': paletteColour(symbol.colour, 'light'),
    '--symbol-dark': paletteColour(symbol.colour, 'dark'),
  } as CSSProperties;
  return <span className={`${className} symbol symbol--${symbol.shape}`} style={style} aria-hidden="true" />;
}
