import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { draftSchema } from './draft';
import { keyJudgmentSchema } from './keyJudgment';
import { isoDaySchema } from './partialDate';

/**
 * The front matter of a briefing note, `content/briefings/<slug>.mdx`. The body is MDX prose that uses
 * the Briefbook components (`<Cite>`, `<Entity>`, `<FigureValue>`, `<KeyJudgment>`, `<Quote>`…).
 *
 * @example
 * title: What Moscow wants to keep
 * date: 2026-01-30
 * asOf: 2026-01-29
 * order: 2
 * summary: Russia is giving up outlying posts to keep its two Mediterranean bases.
 * keyJudgments: [...]
 * topics: [russian-posture]
 * entities: [russia, hmeimim-air-base]
 * sources: [syria-russia-talks-2026]
 */
export const briefingSchema = z
  .strictObject({
    /** Work in progress: left out of the built site, shown with a "Draft" label by `npm run dev`; delete the line to publish. */
    draft: draftSchema,
    /** Headline of the note. */
    title: z.string().min(1).max(100),
    /** Day the note was issued. */
    date: isoDaySchema,
    /** Information cut-off: nothing later than this day is reflected. */
    asOf: isoDaySchema,
    /** Position in the briefing book and in previous/next links, counted from 1; unique. */
    order: z.number().int().positive(),
    /** Bottom line up front: two or three sentences a busy reader can stop after. */
    summary: z.string().min(1).max(600),
    /** Description for search engines and link previews; defaults to the summary. */
    description: z.string().max(200).optional(),
    /** The analytic judgments, most important first. */
    keyJudgments: z.array(keyJudgmentSchema).min(1, { error: 'Expected at least one key judgment' }),
    /** Topic ids from `content/topics.yaml`. */
    topics: z.array(reference('topics')).min(1, { error: 'Expected at least one topic id' }),
    /** Entity ids the note concerns; each entity page lists this note. */
    entities: z.array(reference('entities')).default([]),
    /** Event ids the note discusses; they form the note's own timeline. */
    events: z.array(reference('events')).default([]),
    /** Figure ids the note relies on; shown as its key figures. */
    figures: z.array(reference('figures')).default([]),
    /** Source ids the note draws on. */
    sources: z.array(reference('sources')).min(1, { error: 'Expected at least one source id' }),
    /** Add a timeline of the note's `events` after its prose. Off by default: a chart costs page weight, so it goes where it helps. */
    timeline: z.boolean().default(false),
    /** Add a locator map of the places and facilities among the note's `entities` after its prose. Off by default. */
    map: z.boolean().default(false),
  })
  .superRefine((briefing, ctx) => {
    if (briefing.asOf > briefing.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['asOf'],
        message: `Expected the as-of day (${briefing.asOf}) to be on or before the issue date (${briefing.date})`,
      });
    }
  });

export type BriefingData = z.infer<typeof briefingSchema>;
