import { z } from 'astro/zod';
import { reliabilityIds } from './attribution';

/** The marking a book carries when its book.yaml gives none. */
export const defaultMarking = 'Open source — unclassified';

/**
 * The briefing book's identity: its title and description, who issues it, its handling marking, its language
 * and the country its maps centre on. Lives in `book.yaml` at the root of the content folder, so a book and
 * everything that names it travel together.
 *
 * @example
 * title: Northport harbour
 * description: Briefing notes on the reopening of Northport's east quay and the ships that use it.
 * publisher: Northport harbour board
 * lang: en-GB
 * mapFocus: United Kingdom
 */
/** One row of a book's calibration table: what the level means to readers and the sourcing it needs. */
const calibrationLevelSchema = z.strictObject({
  /** What the level means, as the legend and the about page say it. @example credible evidence with gaps */
  meaning: z.string().trim().min(1).optional(),
  /** How many distinct sources carry the level together; 1 lets any one source carry it. */
  independentSources: z.number().int().min(1).optional(),
  /** Admiralty grades that let one source carry the level alone. @example [A, B, C] */
  strongReliability: z.array(z.enum(reliabilityIds)).optional(),
  /** Whether at least one citation must state the facts (not only reported claims or the source's own analysis). */
  statedClaim: z.boolean().optional(),
  /** Grades that cannot carry the level however many sources there are; [] lets any grade count. @example [E, F] */
  weakReliability: z.array(z.enum(reliabilityIds)).optional(),
  /** Admiralty credibilities that cannot carry the level: a judgment whose every citation is so graded stays below it; [] lets any count. @example [5, 6] */
  weakCredibility: z.array(z.number().int().min(1).max(6)).optional(),
});

export const bookSchema = z.strictObject({
  /** The book's title: the home page's heading, every page's title suffix, the feed and the printed cover. @example Northport harbour */
  title: z.string().trim().min(1),
  /** One sentence for the home page, feeds and link previews. @example Briefing notes on the reopening of Northport's east quay */
  description: z.string().trim().min(1),
  /** Who issues the book, for the printed cover. Left out, the cover names no issuer. @example Northport Harbour Authority, planning desk */
  publisher: z.string().trim().min(1).optional(),
  /**
   * The handling marking printed on every page and on the cover. The BRIEFBOOK_MARKING environment variable
   * replaces it for one build. @example Official — internal use only
   */
  marking: z.string().trim().min(1).default(defaultMarking),
  /** The language of the text, as a BCP 47 tag; pages, the feed and screen readers use it. @example en-GB */
  lang: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: 'Expected a language tag such as en, en-GB or fr' })
    .default('en'),
  /**
   * The country the locator maps are centred on and fitted to, as the world-atlas package (Natural Earth)
   * names it; an unknown name is an error that lists close matches. Left out, maps fit the places the book
   * marks. @example United Kingdom
   */
  mapFocus: z.string().trim().min(1).optional(),
  /**
   * Changes the calibration table (docs/tradecraft.md): what each confidence level means and the sourcing it needs.
   * `npm run check` and the build hold every key judgment to it, and the legend and the about page show it, so a
   * relaxed table is shown to readers as it is. Every key left out keeps its default. Relaxing is a statement about
   * the book: say why in its source notes.
   * @example { moderate: { independentSources: 1, weakReliability: [] } }
   */
  confidenceRules: z
    .strictObject({
      /** Set false to let any one source carry high confidence, whatever its grade (default true). */
      highConfidenceNeedsCorroboration: z.boolean().optional(),
      /** An almost-certain or almost-no-chance judgment needs the sources or grade high confidence needs (default true). */
      extremeLikelihoodNeedsCorroboration: z.boolean().optional(),
      /** Shorthand for `high: { statedClaim }`: a judgment citing only reported claims or the source's own analysis cannot be high (default true). */
      highConfidenceNeedsStatedClaims: z.boolean().optional(),
      /** Every judgment cites at least one source paragraph (default true). */
      judgmentNeedsCitation: z.boolean().optional(),
      /** Shorthand for `high: { independentSources }`: how many distinct sources carry high confidence (default 2). */
      independentSources: z.number().int().min(1).optional(),
      /** Shorthand for `high: { strongReliability }`: grades that let one source carry high confidence alone (default [A, B]). */
      strongReliability: z.array(z.enum(reliabilityIds)).optional(),
      /** The moderate row of the table (default: two independent sources or one graded A to C, a stated claim, not only E or F). */
      moderate: calibrationLevelSchema.optional(),
      /** The high row of the table (default: two independent sources or one graded A or B, a stated claim, not only E or F); wins over the shorthands. */
      high: calibrationLevelSchema.optional(),
    })
    .optional(),
});

export type BookData = z.infer<typeof bookSchema>;
