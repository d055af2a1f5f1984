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
 * title: 'Syria after Assad: the Moscow talks'
 * description: Briefing notes on the January 2026 talks between Syria’s interim president and Vladimir Putin.
 * publisher: Briefbook sample briefing book
 * lang: en-GB
 * mapFocus: Syria
 */
export const bookSchema = z.strictObject({
  /** The book's title: the home page's heading, every page's title suffix, the feed and the printed cover. @example Syria after Assad: the Moscow talks */
  title: z.string().trim().min(1),
  /** One sentence for the home page, feeds and link previews. @example Briefing notes on the January 2026 talks in Moscow */
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
   * marks. @example Syria
   */
  mapFocus: z.string().trim().min(1).optional(),
  /**
   * Relaxes the confidence discipline `npm run check` holds key judgments to (docs/tradecraft.md); every rule left
   * out keeps its default. Relaxing is a statement about the book: say why in its source notes.
   * @example { independentSources: 1, strongReliability: [A, B, C] }
   */
  confidenceRules: z
    .strictObject({
      /** A high-confidence judgment needs `independentSources` sources, or one graded in `strongReliability` (default true). */
      highConfidenceNeedsCorroboration: z.boolean().optional(),
      /** An almost-certain or almost-no-chance judgment needs the same corroboration (default true). */
      extremeLikelihoodNeedsCorroboration: z.boolean().optional(),
      /** A judgment citing only reported claims or the source's own analysis cannot be high confidence (default true). */
      highConfidenceNeedsStatedClaims: z.boolean().optional(),
      /** Every judgment cites at least one source paragraph (default true). */
      judgmentNeedsCitation: z.boolean().optional(),
      /** How many distinct sources count as corroboration (default 2). */
      independentSources: z.number().int().min(1).optional(),
      /** Admiralty reliability grades that let one source carry a judgment alone (default [A, B]). */
      strongReliability: z.array(z.enum(reliabilityIds)).optional(),
    })
    .optional(),
});

export type BookData = z.infer<typeof bookSchema>;
