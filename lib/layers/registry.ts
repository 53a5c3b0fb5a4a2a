/** The layers the API serves and the map draws, in drawing order (bottom first). */
export const LAYER_IDS = ['basemap', 'coast', 'refugees', 'talks', 'ports', 'context', 'kyiv'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Layers a reader can switch on and off, in the order the panel lists them. */
export const TOGGLEABLE_LAYER_IDS = ['talks', 'ports', 'refugees', 'kyiv', 'context'] as const;
export type ToggleableLayerId = (typeof TOGGLEABLE_LAYER_IDS)[number];

/** What the panel and the API say about a layer. */
export interface LayerInfo {
  id: LayerId;
  title: string;
  description: string;
}

export const LAYER_INFO: Record<LayerId, LayerInfo> = {
  basemap: {
    id: 'basemap',
    title: 'Countries',
    description: 'Natural Earth 1:50m borders. Crimea is drawn as Ukraine and hatched as annexed by Russia in 2014.',
  },
  coast: {
    id: 'coast',
    title: "Ukraine's coast",
    description: 'The Black Sea and Sea of Azov coastline that Russian forces are trying to cut Ukraine off from.',
  },
  talks: {
    id: 'talks',
    title: 'Talks',
    description: 'Where the delegations met in Belarus (the sites were not published): round 2 on 3 March, round 1 on 28 February.',
  },
  ports: {
    id: 'ports',
    title: 'Ports',
    description: 'Kherson, seized on 2 March, and Mariupol, besieged; other ports of the coast.',
  },
  refugees: {
    id: 'refugees',
    title: 'Refugees',
    description: 'More than 1 million people fled in a week: UNHCR counts by receiving country, day by day, and main crossings.',
  },
  kyiv: {
    id: 'kyiv',
    title: 'Kyiv',
    description: "The capital, where Zelenskyy's office announced that the talks had begun.",
  },
  context: {
    id: 'context',
    title: 'Context',
    description: 'Moscow, where Lavrov spoke; Minsk, Brest and Gomel in Belarus.',
  },
};

/** True for a string that names a layer. */
export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

/** True for a string that names a layer the reader can toggle. */
export function isToggleableLayerId(value: string): value is ToggleableLayerId {
  return (TOGGLEABLE_LAYER_IDS as readonly string[]).includes(value);
}

/** URL path of a layer's GeoJSON. */
export function layerUrl(id: LayerId): string {
  return `/api/layers/${id}`;
}
