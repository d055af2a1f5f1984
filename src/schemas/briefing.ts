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
 * title: The east quay reopens
 * date: 2024-07-02
 * asOf: 2024-06-30
 * order: 2
 * summary: The harbour board reopened the east quay to win back the ships that moved to other ports.
 * keyJudgments: [...]
 * topics: [ports]
 * entities: [northport, mara-ellison]
 * sources: [harbour-report]
 */
export const briefingSchema = z
  .strictObject({
    /** Work in progress: left out of the built site, shown with a "Draft" label by `npm run dev`; delete the line to publish. */
    draft: draftSchema,
    /** Headline of the note. */
    title: z.string().min(1).max(100),
    /** Day the note was first issued; later editions are listed in `updates`. */
    date: isoDaySchema,
    /** Information cut-off: nothing later than this day is reflected. On or before the latest of `date` and the updates. */
    asOf: isoDaySchema,
    /**
     * The note's later editions, oldest first: each the day it was updated and what changed, in a sentence. Shown on
     * the briefing ("Updated …"), on the changes page and in the feed. `npm run new -- update <id> "…"` adds one.
     * @example [{ date: 2027-03-05, summary: Start date confirmed; first judgment raised. }]
     */
    updates: z
      .array(
        z.strictObject({
          /** The day of this edition: on or after the issue date and the update before it. */
          date: isoDaySchema,
          /** What changed in this edition, in a sentence a returning reader can act on. */
          summary: z.string().min(1).max(400),
        }),
      )
      .optional(),
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
    const updates = briefing.updates ?? [];
    updates.forEach((update, index) => {
      const before = updates[index - 1];
      if (update.date < briefing.date) {
        ctx.addIssue({ code: 'custom', path: ['updates', index, 'date'], message: `Expected an update on or after the issue date (${briefing.date}), got ${update.date}. The first edition is \`date\`; an update comes later` });
      } else if (before && update.date < before.date) {
        ctx.addIssue({ code: 'custom', path: ['updates', index, 'date'], message: `Expected the updates oldest first: ${update.date} comes after ${before.date}. Put them in date order` });
      }
    });
    const latestEdition = updates.reduce((latest, update) => (update.date > latest ? update.date : latest), briefing.date);
    if (briefing.asOf > latestEdition) {
      ctx.addIssue({
        code: 'custom',
        path: ['asOf'],
        message:
          updates.length === 0
            ? `Expected the as-of day (${briefing.asOf}) to be on or before the issue date (${briefing.date})`
            : `Expected the as-of day (${briefing.asOf}) to be on or before the latest edition (${latestEdition}, the latest of the issue date and the updates). Add an update dated ${briefing.asOf} or later, or move asOf back`,
      });
    }
    briefing.keyJudgments.forEach((judgment, index) => {
      if (judgment.revised && judgment.revised.date > latestEdition) {
        ctx.addIssue({
          code: 'custom',
          path: ['keyJudgments', index, 'revised', 'date'],
          message: `Expected the revision on or before the latest edition (${latestEdition}), got ${judgment.revised.date}: a judgment moves in an edition. Add an update dated ${judgment.revised.date}`,
        });
      }
    });
  });

export type BriefingData = z.infer<typeof briefingSchema>;
