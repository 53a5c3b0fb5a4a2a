import { basemap } from './basemap';
import { cities } from './cities';
import { coast } from './coast';
import { context } from './context';
import { kyiv } from './kyiv';
import { ports } from './ports';
import { refugees } from './refugees';
import { talks } from './talks';

/**
 * Every data layer, in drawing order (bottom first): the one list the registries, the API, the
 * map's style, the layer switches, the key, the labels, the map in words, the tour and the saved
 * image are derived from. To add a layer, add its folder's entry module here (README, "How to add
 * a layer").
 */
export const LAYERS = [basemap, coast, refugees, cities, talks, ports, context, kyiv] as const;
