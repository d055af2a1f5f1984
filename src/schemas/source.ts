import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { draftSchema } from './draft';
import { reliabilityIds } from './attribution';
import { isoDaySchema } from './partialDate';
import { citationSchema, refineClaimAttribution } from './citation';

/** A run of consecutive paragraphs under one heading of the source. */
export const sourceSectionSchema = z.strictObject({
  /** The heading as the source prints it; the opening paragraphs before any heading get a title of our own. */
  title: z.string().min(1),
  /** First and last paragraph of the section, inclusive. @example [2, 4] */
  paragraphs: z.tuple([z.number().int().positive(), z.number().int().positive()], {
    error: 'Expected [first, last] paragraph numbers, e.g. [2, 4]',
  }),
});

/**
 * One digest line that says whose claim its paragraph carries, with the same fields as a citation.
 * @example { text: Port officials list the harbour's requests., attribution: reported, by: port officials }
 */
export const digestLineSchema = z
  .strictObject({
    /** What the paragraph covers, in our own words. */
    text: z.string().min(1),
    /** Whose claim the paragraph carries: `stated` (the default), `reported` (say who in `by`) or `analysis`, as on a citation. */
    attribution: citationSchema.shape.attribution,
    /** Who the source reports the paragraph's claim from, with `attribution: reported`. */
    by: citationSchema.shape.by,
    /** Admiralty credibility 1–6 of the paragraph's claim, as on a citation. */
    credibility: citationSchema.shape.credibility,
    /** Silences the warning about a reporting word in a line marked `stated`, as on a citation. */
    confirmedStated: citationSchema.shape.confirmedStated,
  })
  .superRefine(refineClaimAttribution);

/** A digest line as pages read it: its text and whose claim the paragraph carries. */
export type DigestLine = z.infer<typeof digestLineSchema>;

/** Every digest line in one shape: a plain line is stated. */
export function digestLineOf(line: string | DigestLine): DigestLine {
  return typeof line === 'string' ? { text: line, attribution: 'stated' } : line;
}

/**
 * A source document that briefings, figures, events and entities cite by paragraph.
 * Lives in `content/sources/<id>.yaml`.
 *
 * @example
 * title: Northport Harbour Annual Report
 * kind: report
 * published: 2025-03-01
 * paragraphCount: 4
 * sections:
 *   - { title: Traffic, paragraphs: [1, 2] }
 *   - { title: Governance, paragraphs: [3, 4] }
 */
export const sourceSchema = z
  .strictObject({
    /** Work in progress: left out of the built site, shown with a "Draft" label by `npm run dev`; delete the line to publish. */
    draft: draftSchema,
    /** The document's title as published. */
    title: z.string().min(1),
    /** A short name for citations. @example Harbour report */
    shortTitle: z.string().min(1),
    /**
     * The short label that tells this source's ¶ markers apart from another's in a briefing citing several sources
     * ("QR¶2"): one to four letters or digits. Left out, it is the initials of `shortTitle`. @example QR
     */
    marker: z
      .string()
      .regex(/^[\p{L}\p{N}]{1,4}$/u, { error: 'Expected one to four letters or digits, e.g. QR' })
      .optional(),
    /** What kind of document it is. */
    kind: z.enum(['news-analysis', 'news-report', 'official-statement', 'report', 'dataset', 'other']),
    /** The section or desk it appeared under, if it says. @example Global politics */
    desk: z.string().optional(),
    /** Publication day. */
    published: isoDaySchema,
    /** Author, where the document gives one. */
    author: z.string().optional(),
    /** Publisher, where the document gives one. */
    publisher: z.string().optional(),
    /** Web address, where the document has one. */
    url: z.url().optional(),
    /**
     * Admiralty source reliability, judged on the source's record rather than on any one claim: A completely
     * reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.
     * Shown on the source page and in the notes of every briefing that cites it; an A or B lets a single source
     * carry a high-confidence judgment.
     */
    reliability: z
      .enum(reliabilityIds, { error: 'Expected an Admiralty reliability grade: A (completely reliable) to E (unreliable), or F (cannot be judged)' })
      .optional(),
    /** How many numbered body paragraphs it has; citations beyond this number fail the build. */
    paragraphCount: z.number().int().positive(),
    /** Its headed sections, in order, covering paragraphs 1 to `paragraphCount` without gaps. */
    sections: z.array(sourceSectionSchema).min(1),
    /**
     * One line per paragraph, in our own words, saying what it covers; shown on the source page. A line whose
     * paragraph is someone else's claim, or the author's own reading, says so as a citation does.
     * @example - { text: Port officials expect the quay to reopen in June., attribution: reported, by: port officials }
     */
    digest: z.array(z.union([z.string().min(1), digestLineSchema], { error: 'Expected a line of text, or { text, attribution, by }' })).optional(),
    /**
     * Places where the document names someone wrongly or spells a name differently, and what the site writes
     * instead. Shown as a table on the source-notes page.
     */
    corrections: z
      .array(
        z.strictObject({
          /** The words as the source prints them. */
          wrote: z.string().min(1),
          /** The entity meant. */
          meant: reference('entities'),
          /** Where the source writes it. */
          paragraphs: z.array(z.number().int().positive()).min(1),
          /** `spelling`: a variant spelling of the right name; `wrong-name`: another person's name written by mistake. */
          kind: z.enum(['spelling', 'wrong-name']),
          /** Why we read it this way, when it is not obvious. */
          reason: z.string().optional(),
        }),
      )
      .default([]),
    /** How the document was handled: corrections, ambiguities, caveats (Markdown-free plain text). */
    handlingNotes: z.array(z.string().min(1)).default([]),
  })
  .superRefine((source, ctx) => {
    let expectedStart = 1;
    source.sections.forEach((section, index) => {
      const [first, last] = section.paragraphs;
      if (first !== expectedStart || last < first) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', index, 'paragraphs'],
          message: `Expected section "${section.title}" to start at ¶${expectedStart} and end at or after it, got [${first}, ${last}]`,
        });
      }
      expectedStart = last + 1;
    });
    if (expectedStart - 1 !== source.paragraphCount) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: `Expected the sections to end at ¶${source.paragraphCount} (paragraphCount), they end at ¶${expectedStart - 1}`,
      });
    }
    if (source.digest && source.digest.length !== source.paragraphCount) {
      ctx.addIssue({
        code: 'custom',
        path: ['digest'],
        message: `Expected one digest line per paragraph (${source.paragraphCount}), got ${source.digest.length}`,
      });
    }
  });

export type SourceData = z.infer<typeof sourceSchema>;
