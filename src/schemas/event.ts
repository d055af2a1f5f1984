import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { draftSchema } from './draft';
import { citationsSchema } from './citation';
import { partialDateSchema } from './partialDate';

/** Words that loosen a date the way the source does ("late 2019", "early January 2026", "about 21 January"). */
export const dateQualifiers = ['early', 'mid', 'late', 'about', 'by'] as const;
export type DateQualifier = (typeof dateQualifiers)[number];

/**
 * A dated event for the timeline. Lives in `content/events/<id>.yaml`.
 *
 * @example
 * title: The last ferry leaves the east quay
 * date: 2024-01-22
 * dateQualifier: about
 * derivedDate: The source says "one week before the repairs began" on 29 January.
 * topic: ports
 * entities: [east-quay, northport]
 * summary: The ferry company moved its last sailing to the west quay, where it had run since late 2023.
 * citations: [{ source: harbour-report, paragraphs: [2] }]
 */
export const eventSchema = z
  .strictObject({
    /** Work in progress: left out of the built site, shown with a "Draft" label by `npm run dev`; delete the line to publish. */
    draft: draftSchema,
    /** A headline, at most about ten words. */
    title: z.string().min(1).max(90),
    /** When it happened, at the precision the source gives. */
    date: partialDateSchema,
    /** For events that last: when they ended, at its own precision. */
    end: partialDateSchema.optional(),
    /** How the source loosens the date. */
    dateQualifier: z.enum(dateQualifiers).optional(),
    /** Set when the date is worked out rather than stated (say how), so the timeline can mark it as derived. */
    derivedDate: z.string().min(1).optional(),
    /** The timeline lane: one topic id from `content/topics.yaml`. */
    topic: reference('topics'),
    /** Who and where it involves. */
    entities: z.array(reference('entities')).default([]),
    /** One or two sentences in our own words. */
    summary: z.string().min(1),
    /** Where the source reports it. */
    citations: citationsSchema,
  })
  .superRefine((event, ctx) => {
    if (event.end && event.end.iso < event.date.iso) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `Expected the end (${event.end.iso}) to be on or after the date (${event.date.iso})`,
      });
    }
  });

export type EventData = z.infer<typeof eventSchema>;
