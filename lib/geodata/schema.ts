import { z } from 'zod';

const isoDate = z.iso.date();
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const id = z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase kebab-case');
const sourceIds = z.array(id).min(1, 'every feature needs at least one source');

/** geodata/sources.json: every source the layers cite. */
export const sourcesSchema = z
  .array(
    z.object({
      id,
      title: z.string().min(1),
      publisher: z.string().min(1),
      url: z.url({ protocol: /^https?$/ }),
      date: isoDate,
    }),
  )
  .min(1);

/** geodata/places.json: the story's places, one record each. */
export const placesSchema = z
  .array(
    z.object({
      id,
      layer: z.enum(['kyiv', 'talks', 'ports', 'context']),
      name: z.string().min(1),
      /** Short map label, where the name is too long to print on the map. */
      label: z.string().min(1).max(24).optional(),
      kind: z.enum(['capital', 'talks-venue', 'port', 'regional-capital']),
      coordinates: lonLat,
      positionAccuracy: z.enum(['exact', 'approximate']),
      positionNote: z.string().min(1).optional(),
      date: isoDate,
      status: z.string().min(1),
      summary: z.string().min(1),
      quote: z.string().min(1).optional(),
      quoteNote: z.string().min(1).optional(),
      round: z.number().int().positive().optional(),
      priority: z.enum(['primary', 'secondary']).optional(),
      sourceIds,
    }),
  )
  .min(1);

const count = z.number().int().nonnegative();

/** geodata/refugees.json: one UNHCR snapshot, the flows drawn from it and the main crossings. */
export const refugeesSchema = z
  .object({
    snapshot: z.object({
      id,
      asOf: isoDate,
      label: z.string().min(1),
      total: count,
      sourceIds,
      notes: z.array(z.string().min(1)),
    }),
    laterSnapshot: z.object({ label: z.string().min(1), total: count, sourceIds }),
    flows: z
      .array(
        z.object({
          id,
          country: z.string().min(1),
          iso: z.string().regex(/^\d{3}$/).nullable(),
          onward: z.boolean().optional(),
          count,
          laterCount: count.optional(),
          from: lonLat,
          to: lonLat,
          curvature: z.number().min(-0.5).max(0.5),
          /** Hand-placed label side, where the computed one collides. */
          labelAnchor: z.enum(['left', 'right', 'top', 'bottom']).optional(),
          sourceIds,
        }),
      )
      .min(1),
    crossings: z.array(z.object({ id, name: z.string().min(1), country: z.string().min(1), coordinates: lonLat, sourceIds })),
  })
  .refine((r) => r.flows.reduce((sum, f) => sum + f.count, 0) === r.snapshot.total, {
    message: 'the flows must add up to snapshot.total',
    path: ['flows'],
  });

const position = z.array(z.number()).min(2);
const ring = z.array(position).min(4);
const polygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
const multiPolygonGeometry = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) });

/** geodata/countries.json, as scripts/build-basemap.ts writes it. */
export const countriesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({ iso: z.string().min(1), name: z.string().min(1) }),
        geometry: z.discriminatedUnion('type', [polygonGeometry, multiPolygonGeometry]),
      }),
    )
    .min(1),
});

/** geodata/crimea.json, as scripts/build-basemap.ts writes it. */
export const crimeaSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ name: z.string() }),
  geometry: polygonGeometry,
});

export type SourceRecord = z.infer<typeof sourcesSchema>[number];
export type PlaceRecord = z.infer<typeof placesSchema>[number];
export type RefugeeData = z.infer<typeof refugeesSchema>;
export type FlowRecord = RefugeeData['flows'][number];
export type CrossingRecord = RefugeeData['crossings'][number];
