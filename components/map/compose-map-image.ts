import type { Map as MapLibreMap } from 'maplibre-gl';

/** What is burned into a saved image besides the map. */
export interface ImageText {
  title: string;
  subtitle: string;
  /** Key lines: a swatch colour (or null) and its words. */
  key: { colour: string | null; text: string }[];
  credit: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** The map canvas's pixels, read in the frame they are drawn (no preserveDrawingBuffer needed). */
function grabMapPixels(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/**
 * A PNG of the current view with its title, the HTML labels as they are on screen, a key, the
 * credit line and the date: a graphic an editor can drop into a story or a social post.
 */
export async function composeMapImage(map: MapLibreMap, text: ImageText): Promise<Blob> {
  if (!map.loaded()) await new Promise((r) => map.once('idle', r));
  const pixels = await grabMapPixels(map);
  const ratio = pixels.width / map.getCanvas().clientWidth;
  const width = pixels.width;
  const pad = 16 * ratio;
  const headerHeight = 64 * ratio;
  const keyLine = 18 * ratio;
  const footerHeight = pad + keyLine * (text.key.length + 1) + pad;
  const out = document.createElement('canvas');
  out.width = width;
  out.height = headerHeight + pixels.height + footerHeight;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);

  ctx.fillStyle = '#1b1b1b';
  ctx.font = `bold ${20 * ratio}px Georgia, serif`;
  ctx.fillText(text.title, pad, 28 * ratio, width - 2 * pad);
  ctx.font = `${13 * ratio}px ${FONT}`;
  ctx.fillStyle = '#4a4a4a';
  ctx.fillText(text.subtitle, pad, 50 * ratio, width - 2 * pad);

  ctx.drawImage(pixels, 0, headerHeight);

  // The labels are HTML over the canvas: draw each where it sits on screen.
  const container = map.getContainer().getBoundingClientRect();
  ctx.textBaseline = 'middle';
  for (const element of map.getContainer().querySelectorAll<HTMLElement>('.maplibregl-marker .map-label')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.right < container.left || box.left > container.right) continue;
    const style = getComputedStyle(element);
    // A label the placement hid (transparent, still in the tab order) is not on screen: not in the image either.
    if (Number(style.opacity) === 0 || style.visibility === 'hidden') continue;
    ctx.font = `${style.fontStyle} ${style.fontWeight} ${parseFloat(style.fontSize) * ratio}px ${FONT}`;
    const lines = element.innerText.split('\n').filter(Boolean);
    lines.forEach((line, i) => {
      const x = (box.left - container.left + box.width / 2) * ratio;
      const y = headerHeight + (box.top - container.top + (box.height * (i + 0.5)) / lines.length) * ratio;
      ctx.textAlign = 'center';
      ctx.lineWidth = 3 * ratio;
      ctx.strokeStyle = 'rgba(255,255,255,0.9)';
      ctx.strokeText(line, x, y);
      ctx.fillStyle = style.color;
      ctx.fillText(line, x, y);
    });
  }

  ctx.textAlign = 'left';
  let y = headerHeight + pixels.height + pad;
  ctx.font = `${12 * ratio}px ${FONT}`;
  for (const item of text.key) {
    if (item.colour) {
      ctx.fillStyle = item.colour;
      ctx.fillRect(pad, y - 5 * ratio, 12 * ratio, 10 * ratio);
    }
    ctx.fillStyle = '#1b1b1b';
    ctx.fillText(item.text, pad + 20 * ratio, y);
    y += keyLine;
  }
  ctx.fillStyle = '#4a4a4a';
  ctx.fillText(text.credit, pad, y, width - 2 * pad);

  return new Promise((resolve, reject) => out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'));
}
