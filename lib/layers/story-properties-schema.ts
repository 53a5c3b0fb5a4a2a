import { z } from 'zod';

const isoDate = z.iso.date();
const source = z.object({
  id: z.string().min(1),
  title: z.string().min(1).optional(),
  language: z.string().min(2),
  publisher: z.string().min(1),
  carrier: z.string().min(1).optional(),
  url: z.url({ protocol: /^https?$/ }),
  date: isoDate,
});

/**
 * What every served feature's properties must hold: the contract between the API and the map,
 * checked against every layer in the tests (and usable by anyone consuming the API).
 */
export const storyPropertiesSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    kind: z.string().min(1),
    date: isoDate,
    summary: z.string().min(1),
    /** Who made the judgement the status carries, where it is someone's. */
    by: z.string().min(1).optional(),
    sources: z.array(source).min(1),
    quote: z.string().min(1).optional(),
    count: z.number().int().nonnegative().optional(),
    laterCount: z.number().int().nonnegative().nullable().optional(),
  })
  .loose();
