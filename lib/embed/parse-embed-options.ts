import { z } from 'zod';
import type { BBox } from 'geojson';
import { REGION_BBOX } from '../config';
import { parseMapUrlState, queryParam, type QueryInput } from '../url/map-url-state';
import type { EmbedOptions } from './embed-options';

const flag = (fallback: boolean) => z.enum(['0', '1']).transform((v) => v === '1').catch(fallback);
const [WEST, SOUTH, EAST, NORTH] = REGION_BBOX;
const bboxSchema = z
  .string()
  .transform((v) => v.split(','))
  .pipe(z.tuple([z.string(), z.string(), z.string(), z.string()]))
  .transform((parts) => parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p.trim()) ? Number(p) : Number.NaN)) as BBox)
  .refine(([w, s, e, n]) => [w, s, e, n].every(Number.isFinite) && w < e && s < n, 'bbox must be w,s,e,n with w < e and s < n')
  .refine(([w, s, e, n]) => w >= WEST && e <= EAST && s >= SOUTH && n <= NORTH, 'bbox must lie inside the map region')
  .nullable()
  .catch(null);

/** The embed's query parameters, each optional; an invalid value falls back to its default. */
const embedQuerySchema = z.object({
  bbox: bboxSchema,
  title: flag(true),
  legend: flag(true),
  controls: flag(true),
  theme: z.enum(['light', 'dark', 'auto']).catch('auto'),
});

/**
 * Parses `/embed`'s query: `layers`, `view=lon,lat,zoom` or `bbox=w,s,e,n`, `title`, `legend`,
 * `controls` (0|1), `theme` (light|dark|auto) and `date` (the refugee figures' day, YYYY-MM-DD). Never throws; bad values become defaults.
 *
 * @example parseEmbedOptions(new URLSearchParams('layers=refugees&title=0')).title // => false
 */
export function parseEmbedOptions(query: QueryInput): EmbedOptions {
  const get = (name: string) => queryParam(query, name);
  const { layers, view, date } = parseMapUrlState(query);
  const parsed = embedQuerySchema.parse({
    bbox: get('bbox'),
    title: get('title'),
    legend: get('legend'),
    controls: get('controls'),
    theme: get('theme'),
  });
  return { layers, view, date, ...parsed, bbox: view ? null : parsed.bbox };
}

