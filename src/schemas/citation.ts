import { reference } from 'astro:content';
import { z } from 'astro/zod';

/**
 * Where a claim comes from: a source and the numbered paragraphs (¶) of it that support the claim.
 * The build checks that the source exists and has every paragraph cited.
 *
 * @example
 * citations:
 *   - { source: syria-russia-talks-2026, paragraphs: [12] }
 */
export const citationSchema = z.strictObject({
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
});

/** A non-empty list of citations: every fact says where it comes from. */
export const citationsSchema = z
  .array(citationSchema, { error: 'Expected a list of citations, e.g. [{ source: my-source, paragraphs: [3] }]' })
  .min(1, { error: 'Expected at least one citation: every fact says which source paragraph it comes from' });
