import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { draftSchema } from './draft';
import { citationsSchema } from './citation';
import { partialDateSchema } from './partialDate';

export const entityKinds = ['person', 'state', 'organisation', 'armed-group', 'place', 'facility'] as const;
export type EntityKind = (typeof entityKinds)[number];

/** Kinds that sit at a point on the map and so must have coordinates. */
export const mappedEntityKinds: readonly EntityKind[] = ['place', 'facility'];

/** A point in WGS 84 degrees. */
export const coordinatesSchema = z.strictObject({
  /** Latitude, −90 to 90, north positive. */
  lat: z.number().min(-90).max(90),
  /** Longitude, −180 to 180, east positive. */
  lon: z.number().min(-180).max(180),
});

/**
 * A person, state, organisation, armed group, place or facility. Lives in `content/entities/<id>.yaml`.
 * Every spelling the sources use goes into `aliases`, so that prose and search can find the one canonical page.
 *
 * @example
 * name: Mara Ellison
 * kind: person
 * variantSpellings: [Mara Elison, M. Elliston]
 * role: Harbour master of Northport since the east quay closed.
 * citations: [{ source: harbour-report, paragraphs: [3] }]
 */
export const entitySchema = z
  .strictObject({
    /** Work in progress: left out of the built site, shown with a "Draft" label by `npm run dev`; delete the line to publish. */
    draft: draftSchema,
    /** The one name the site uses. */
    name: z.string().min(1),
    /** Shorter form for running text after first mention. @example Ellison */
    shortName: z.string().min(1).optional(),
    /** What it is; places and facilities also need `coordinates`. */
    kind: z.enum(entityKinds),
    /** Other names the sources use that prose may use too ("the harbour town", "the harbour master"). Search finds them. */
    aliases: z.array(z.string().min(1)).default([]),
    /**
     * Spellings of the name the sources use that the site corrects ("Mara Elison", "Nortport"). Search and `<Entity name>`
     * still find them; `npm run check` flags them in prose outside quotes.
     */
    variantSpellings: z.array(z.string().min(1)).default([]),
    /** Common names the sources do not use but readers may search for. @example [Northport Docks, the Port] */
    otherNames: z.array(z.string().min(1)).default([]),
    /** One sentence: who or what it is, in this story. */
    role: z.string().min(1),
    /**
     * `region` for a place too large to mark with a point (the North Sea): it needs no coordinates and is not
     * drawn on maps. Every other place and every facility is a `point`.
     */
    extent: z.enum(['point', 'region']).default('point'),
    /** Required for places (unless a region) and facilities: where to put it on the map. Geographic reference, not a claim of the source. */
    coordinates: coordinatesSchema.optional(),
    /** The larger entity it belongs to or lies in. @example northport */
    partOf: reference('entities').optional(),
    /** Who runs it, for facilities and armed groups. */
    operator: reference('entities').optional(),
    /** A change of state the source reports, such as a base being vacated. */
    status: z
      .object({
        /** What changed, in a few words. @example Closed for repairs */
        label: z.string().min(1),
        /** When it changed. */
        date: partialDateSchema,
        /** Where the source reports the change. */
        citations: citationsSchema,
      })
      .optional(),
    /** Where the source supports what this entry says. */
    citations: citationsSchema,
  })
  .superRefine((entity, ctx) => {
    if (entity.extent === 'region' && entity.kind !== 'place') {
      ctx.addIssue({ code: 'custom', path: ['extent'], message: `Only a place can be a region, not a ${entity.kind}` });
    }
    if (mappedEntityKinds.includes(entity.kind) && entity.extent === 'point' && !entity.coordinates) {
      ctx.addIssue({
        code: 'custom',
        path: ['coordinates'],
        message: `Expected coordinates { lat, lon } for a ${entity.kind}, so it can be placed on the map (or extent: region for a place too large for a point)`,
      });
    }
    const seen = new Set([entity.name.toLowerCase()]);
    for (const field of ['aliases', 'variantSpellings', 'otherNames'] as const) {
      entity[field].forEach((alias, index) => {
        if (seen.has(alias.toLowerCase())) {
          ctx.addIssue({ code: 'custom', path: [field, index], message: `"${alias}" is listed twice or repeats the name` });
        }
        seen.add(alias.toLowerCase());
      });
    }
  });

export type EntityData = z.infer<typeof entitySchema>;
