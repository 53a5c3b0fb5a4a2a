import { z } from 'zod';

const isoDate = z.iso.date();
const id = z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase kebab-case');
const sourceIds = z.array(id).min(1, 'every report needs at least one source');

/** One report of the days 1–3 March 2022: what was reported, by whom (in the text), and where it was published. */
const report = z.object({
  date: isoDate.refine((d) => d >= '2022-03-01' && d <= '2022-03-03', 'reports of this layer are of 1–3 March 2022'),
  text: z.string().min(1),
  sourceIds,
});

/**
 * geodata/cities.json: the cities and towns the layer's rule admits (CITIES_RULE, lib/layers/cities/rule.ts). A place
 * that another layer already marks (Kyiv, Mariupol) names it by `placeId` and takes its position;
 * any other gives its own `coordinates`, the city centre, [lon, lat] degrees.
 */
export const citiesSchema = z
  .array(
    z
      .object({
        id: id.refine((v) => v.endsWith('-under-fire'), 'ids end in "-under-fire", apart from the places of other layers'),
        name: z.string().min(1),
        placeId: id.optional(),
        coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
        /** The last day of the reports, the feature's date. */
        date: isoDate,
        status: z.string().min(1),
        /** Who made the judgement the status carries: every city's status is someone's report. */
        by: z.string().min(1),
        summary: z.string().min(1),
        reports: z.array(report).min(1),
        /** Casualties as the sources state them, where a count is given or refused; omitted when the reports carry them. */
        casualties: z.string().min(1).optional(),
        /**
         * A town a few kilometres from another of the layer's places, drawn as one with it below a zoom (whole
         * numbers: MapLibre evaluates a filter's zoom at whole levels): at a phone's scale their markers would
         * lie on each other's centres. Below that zoom only `place` is drawn, and its details name this one.
         */
        drawnWith: z.object({ place: id, belowZoom: z.number().int().min(1).max(12) }).optional(),
        /** Where the name goes: below the point unless there is no room (another layer's label is there). */
        labelSide: z.enum(['above', 'below', 'right']).optional(),
        /** high: two or more independent original outlets; medium: one; low: one, with details that conflict. */
        confidence: z.enum(['high', 'medium', 'low']),
        confidenceNote: z.string().min(1),
        sourceIds,
      })
      .refine((c) => (c.placeId === undefined) !== (c.coordinates === undefined), 'give either placeId or coordinates')
      .refine((c) => c.reports.every((r) => r.date <= c.date), 'date is the last day of the reports'),
  )
  .min(1)
  .superRefine((cities, ctx) => {
    const ids = new Set(cities.map((c) => c.id));
    for (const [i, city] of cities.entries()) {
      const host = city.drawnWith?.place;
      if (host === undefined) continue;
      if (!ids.has(host)) ctx.addIssue({ code: 'custom', path: [i, 'drawnWith', 'place'], message: `${city.id} is drawn with "${host}", which is not in the file` });
      else if (host === city.id || cities.find((c) => c.id === host)?.drawnWith) ctx.addIssue({ code: 'custom', path: [i, 'drawnWith', 'place'], message: `${city.id} is drawn with "${host}", which must be drawn on its own` });
    }
  });

export type CityRecord = z.infer<typeof citiesSchema>[number];
