import { z } from 'astro/zod';

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
});

export type BookData = z.infer<typeof bookSchema>;
