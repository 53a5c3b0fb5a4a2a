import { z } from 'zod';

const isoDate = z.iso.date();
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const id = z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase kebab-case');
const sourceIds = z.array(id).min(1, 'every feature needs at least one source');

/** How an outlet publishes: a news agency (wire), a newspaper, a broadcaster, a news site, an official body, the UN, a data publisher. */
export const PUBLISHER_KINDS = ['wire', 'newspaper', 'broadcaster', 'news-site', 'official', 'un', 'data'] as const;

/** The kinds of publisher that may carry another outlet's story under that outlet's byline. */
export const CARRIER_KINDS: readonly (typeof PUBLISHER_KINDS)[number][] = ['newspaper', 'broadcaster', 'news-site'];

/** geodata/publishers.json: every outlet the sources name, with the hosts of its own site. */
export const publishersSchema = z
  .array(
    z.object({
      id,
      /** The outlet's name as it prints it. */
      name: z.string().min(1),
      /** The short name it goes by in our sentences ("AP"), where it has one. */
      short: z.string().min(1).optional(),
      /** Its name as it prints it in Ukrainian, where it has one («ТАСС», «Українська правда»): the Ukrainian edition's. */
      nameUk: z.string().min(1).optional(),
      kind: z.enum(PUBLISHER_KINDS),
      /** Its own sites' hosts; a host's subdomains count too (`en.interfax.com.ua` for `interfax.com.ua`). */
      hosts: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]+$/, 'a host name, lowercase, without a scheme')).min(1),
    }),
  )
  .min(1);

/** geodata/copy-sites.json: hosts that repost, scrape or aggregate others' reporting; no source may be on one. */
export const copySitesSchema = z.array(
  z.object({
    host: z.string().regex(/^[a-z0-9.-]+\.[a-z]+$/, 'a host name, lowercase, without a scheme'),
    /** What the site is, in a few words: why it is not cited. */
    what: z.string().min(1),
  }),
);

/** Why a source's page is a carrier's copy and not the publisher's own. */
export const CARRIER_REASONS = [
  /** The publisher's own page was not found in the archive searched. */
  'original-not-archived',
  /** The publisher (a news agency) does not publish its wire stories on its own site. */
  'wire-not-published',
] as const;

/** geodata/sources.json: every source the layers cite. */
export const sourcesSchema = z
  .array(
    z
      .object({
        id,
        /** The page's headline as published, in its language; omitted where the archived copy shows none. */
        title: z.string().min(1).optional(),
        /** The page's language (BCP 47). */
        language: z.string().regex(/^[a-z]{2,3}$/, 'a BCP 47 language code'),
        /** The outlet whose reporting it is (publishers.json). */
        publisher: id,
        url: z.url({ protocol: /^https?$/ }),
        date: isoDate,
        /** The news organisation on whose site the page is (publishers.json), where it is not the publisher's own. */
        carrier: id.optional(),
        /** Why the carrier's page is cited, and not the publisher's. */
        carrierReason: z.enum(CARRIER_REASONS).optional(),
        /** What the source is cited for, where the title does not say (our words, translated). */
        note: z.string().min(1).optional(),
        /** Why a source published after the story's days (after 4 March 2022) is cited. */
        later: z.string().min(1).optional(),
      })
      .refine((s) => (s.carrier === undefined) === (s.carrierReason === undefined), 'a carrier needs its carrierReason, and only a carrier has one'),
  )
  .min(1);

/** geodata/places.json: the story's places, one record each. */
export const placesSchema = z
  .array(
    z.object({
      id,
      /** The id of the layer that draws it (lib/layers/layers.ts; the layer store refuses a place no layer draws). */
      layer: z.string().regex(/^[a-z][a-z0-9-]*$/),
      name: z.string().min(1),
      /** Short map label, where the name is too long to print on the map. */
      label: z.string().min(1).max(24).optional(),
      /** What it is, as the layer's style and labels read it (`capital`, `port`, …). */
      kind: z.string().regex(/^[a-z][a-z0-9-]*$/),
      coordinates: lonLat,
      positionAccuracy: z.enum(['exact', 'approximate']),
      positionNote: z.string().min(1).optional(),
      date: isoDate,
      status: z.string().min(1),
      /** Who made the judgement the status carries ("AP; The New York Times"), where it is someone's. */
      by: z.string().min(1).optional(),
      summary: z.string().min(1),
      quote: z.string().min(1).optional(),
      quoteNote: z.string().min(1).optional(),
      round: z.number().int().positive().optional(),
      /** Where an unpublished site may be: the named candidate buildings, if any are known. */
      possibleSites: z.array(z.object({ name: z.string().min(1), coordinates: lonLat })).min(2).optional(),
      /** Radius of the area the site may lie in around `coordinates`, kilometres (cut to the host country). */
      uncertaintyKm: z.number().positive().max(50).optional(),
      priority: z.enum(['primary', 'secondary']).optional(),
      sourceIds,
    }),
  )
  .min(1);

const count = z.number().int().nonnegative();

/** One country's figure in a UNHCR update, with the sources that give it. */
const countryFigure = z.object({
  flowId: id,
  count,
  sourceIds,
  /** Why the figure is not quoted by any source but computed (total minus the other countries). */
  derived: z.string().min(1).optional(),
  /** What changed since the previous update of the same day, and what is (not) known about why. */
  revision: z.string().min(1).optional(),
});

/** One total UNHCR published, as reported at the time: the day-by-day series is built from these. */
const update = z.object({
  id,
  /** The day the figure was published (UTC). */
  published: isoDate,
  /** When in the day, where the sources say. */
  time: z.string().min(1).optional(),
  /** The last day of arrivals the figure counts, where the sources say. */
  arrivalsTo: isoDate.nullable(),
  /** The counting cut-off in the sources' words. */
  cutoff: z.string().min(1),
  total: count,
  /** How the source qualified a rounded figure ("more than", "at least", "almost"); null for an exact count. */
  qualifier: z.enum(['more than', 'at least', 'almost', 'about', 'some']).nullable(),
  sourceIds,
  /** The full country breakdown, where every figure can be sourced. */
  breakdown: z.array(countryFigure).optional(),
});

/** geodata/refugees.json: UNHCR's published totals, the sourced breakdowns, the flows drawn from them and the main crossings. */
export const refugeesSchema = z
  .object({
    /** The publication day whose last complete breakdown the map draws by default. */
    drawnDate: isoDate,
    notes: z.array(z.string().min(1)),
    /** Days with no published figure, and why. */
    gaps: z.array(z.object({ date: isoDate, note: z.string().min(1), sourceIds })),
    updates: z.array(update).min(1),
    flows: z
      .array(
        z.object({
          id,
          country: z.string().min(1),
          iso: z.string().regex(/^\d{3}$/).nullable(),
          /** People who moved on beyond the neighbouring countries: no route is known, so no arrow is drawn. */
          onward: z.boolean().optional(),
          from: lonLat.optional(),
          to: lonLat.optional(),
          curvature: z.number().min(-0.5).max(0.5).optional(),
          /** Hand-placed label side, where the computed one collides. */
          labelAnchor: z.enum(['left', 'right', 'top', 'bottom']).optional(),
          /** A caveat on what the count includes, with its sources. */
          note: z.string().min(1).optional(),
          noteSourceIds: sourceIds.optional(),
        }),
      )
      .min(1),
    crossings: z.array(z.object({ id, name: z.string().min(1), country: z.string().min(1), coordinates: lonLat, sourceIds })),
  })
  .superRefine((r, ctx) => {
    const flowIds = r.flows.map((f) => f.id);
    r.flows.forEach((f, i) => {
      if (!f.onward && (!f.from || !f.to || f.curvature === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['flows', i], message: `${f.id}: a drawn flow needs from, to and curvature` });
      }
    });
    r.updates.forEach((u, i) => {
      const previous = r.updates[i - 1];
      if (previous && previous.published > u.published) {
        ctx.addIssue({ code: 'custom', path: ['updates', i], message: `${u.id}: updates must be in publication order` });
      }
      if (!u.breakdown) return;
      const sum = u.breakdown.reduce((s, f) => s + f.count, 0);
      if (sum !== u.total) ctx.addIssue({ code: 'custom', path: ['updates', i, 'breakdown'], message: `${u.id}: the breakdown adds up to ${sum}, not ${u.total}` });
      const named = u.breakdown.map((f) => f.flowId).sort();
      if (named.join() !== [...flowIds].sort().join()) {
        ctx.addIssue({ code: 'custom', path: ['updates', i, 'breakdown'], message: `${u.id}: the breakdown must name every flow exactly once` });
      }
    });
    if (!r.updates.some((u) => u.breakdown && u.published === r.drawnDate)) {
      ctx.addIssue({ code: 'custom', path: ['drawnDate'], message: 'drawnDate must be a day with a complete breakdown' });
    }
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
export type PublisherRecord = z.infer<typeof publishersSchema>[number];
export type CopySiteRecord = z.infer<typeof copySitesSchema>[number];
export type CarrierReason = (typeof CARRIER_REASONS)[number];
export type PlaceRecord = z.infer<typeof placesSchema>[number];
export type RefugeeData = z.infer<typeof refugeesSchema>;
export type FlowRecord = RefugeeData['flows'][number];
export type UpdateRecord = RefugeeData['updates'][number];
export type CountryFigureRecord = NonNullable<UpdateRecord['breakdown']>[number];
export type CrossingRecord = RefugeeData['crossings'][number];
