import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { attributionIds } from './attribution';

/**
 * Whose claim, checked across fields: `by` goes with `reported` and only with it; `confirmedStated` only with
 * `stated`. Citations and digest lines (src/schemas/source.ts) share it.
 */
export function refineClaimAttribution(claim: { attribution: string; by?: string | undefined; confirmedStated?: true | undefined }, ctx: z.RefinementCtx): void {
  if (claim.attribution === 'reported' && claim.by === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['by'],
      message: 'Expected `by` for a reported claim: who the source reports it from, e.g. by: local officials',
    });
  }
  if (claim.attribution !== 'reported' && claim.by !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['by'],
      message: `\`by\` names who the source reports a claim from, so it goes with attribution: reported (this citation is ${claim.attribution}). Expected attribution: reported, or no \`by\``,
    });
  }
  if (claim.attribution !== 'stated' && claim.confirmedStated !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['confirmedStated'],
      message: `confirmedStated confirms a claim the source states as fact, but this one is ${claim.attribution}. Expected no confirmedStated`,
    });
  }
}

/**
 * Where a claim comes from: a source, the numbered paragraphs (¶) of it that support the claim, and whose claim it
 * is there (ICD 206 source references; ICD 203 keeps what a source reports apart from its own reading).
 * The build checks that the source exists and has every paragraph cited.
 *
 * @example
 * citations:
 *   - { source: harbour-report, paragraphs: [1] }
 *   - { source: harbour-report, paragraphs: [3], attribution: reported, by: port officials, credibility: 3 }
 */
export const citationSchema = z
  .strictObject({
    /** Id of a file in `content/sources/` (its name without `.yaml`). */
    source: reference('sources'),
    /** One paragraph number or a list of them, counted from 1 as in the source. */
    paragraphs: z.preprocess(
      (value) => (typeof value === 'number' ? [value] : value),
      z
        .array(z.number().int().positive({ error: 'Expected paragraph numbers counted from 1' }), {
          error: 'Expected a paragraph number or a list of them, e.g. [3, 14]',
        })
        .min(1, { error: 'Expected at least one paragraph number' }),
    ),
    /**
     * Whose claim it is in the source: `stated` (the source gives it as fact; the default), `reported` (the source
     * passes on someone else's claim; say who in `by`), or `analysis` (the source author's own reading).
     */
    attribution: z.enum(attributionIds, { error: `Expected one of: ${attributionIds.join(', ')}` }).default('stated'),
    /** Who the source reports the claim from, when `attribution` is `reported`. @example port officials */
    by: z.string().trim().min(1, { error: 'Expected who the source reports the claim from, e.g. local officials' }).optional(),
    /**
     * Admiralty information credibility of this claim: 1 confirmed by other sources, 2 probably true, 3 possibly true,
     * 4 doubtful, 5 improbable, 6 truth cannot be judged.
     */
    credibility: z
      .number({ error: 'Expected a credibility from 1 (confirmed) to 6 (cannot be judged), without quotes' })
      .int({ error: 'Expected a whole number from 1 to 6' })
      .min(1, { error: 'Expected a credibility from 1 (confirmed) to 6 (cannot be judged)' })
      .max(6, { error: 'Expected a credibility from 1 (confirmed) to 6 (cannot be judged)' })
      .optional(),
    /**
     * Silences `npm run check`'s warning that the entry's text uses a reporting word ("according to", "in the
     * article's view", "analysts") while this citation is `stated`: set it when the source does state the claim as fact.
     */
    confirmedStated: z.literal(true, { error: 'Expected true, or leave confirmedStated out' }).optional(),
  })
  .superRefine(refineClaimAttribution);

/** A non-empty list of citations: every fact says where it comes from. */
export const citationsSchema = z
  .array(citationSchema, { error: 'Expected a list of citations, e.g. [{ source: my-source, paragraphs: [3] }]' })
  .min(1, { error: 'Expected at least one citation: every fact says which source paragraph it comes from' });

export type CitationData = z.infer<typeof citationSchema>;

/**
 * The citations of a key judgment. The schema lets the list be empty so that the confidence rules
 * (src/citations/confidenceRules.ts) can say why a judgment needs one, and so that a book may relax that rule.
 */
export const judgmentCitationsSchema = z.array(citationSchema, {
  error: 'Expected a list of citations, e.g. [{ source: my-source, paragraphs: [3] }]',
});
